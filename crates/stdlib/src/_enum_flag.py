"""enum.Flag and enum.IntFlag: members combine with | & ^ ~ into composite values whose
names join the single-bit members' names (CPython 3.11's rules)."""


def _bits(value):
    """The single-bit values set in value, lowest first."""
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def make_flag_classes(Enum, ReprEnum, setup, members_of):
    """Build Flag and IntFlag on top of the given Enum and ReprEnum."""

    class Flag(Enum):
        """Support for flags: members are bits that combine with |, & and ^."""

        __module__ = "enum"
        __qualname__ = "Flag"

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            if not count:
                return start if start is not None else 1
            high = max(last_values)
            return 1 << high.bit_length() if high > 0 else 1

        @classmethod
        def _finish_setup_(cls):
            mask = 0
            for member in cls._member_map_.values():
                if isinstance(member._value_, int):
                    mask |= member._value_
            cls._flag_mask_ = mask
            cls._member_names_ = [name for name in cls._member_names_
                                  if _is_single_bit(cls._member_map_[name]._value_)]

        @classmethod
        def _missing_(cls, value):
            if not isinstance(value, int) or value < 0:
                return None
            if value & ~cls._flag_mask_ and not issubclass(cls, int):
                return None
            if issubclass(cls, int):
                pseudo = int.__new__(cls, value)
            else:
                pseudo = object.__new__(cls)
            pseudo._value_ = value
            names = [cls._value2member_map_[bit]._name_ for bit in _bits(value)
                     if bit in cls._value2member_map_]
            pseudo._name_ = "|".join(names) if names else None
            cls._value2member_map_[value] = pseudo
            return pseudo

        def __repr__(self):
            cls_name = self.__class__.__name__
            if self._name_ is None:
                return f"<{cls_name}: {self._value_repr_()}>"
            return f"<{cls_name}.{self._name_}: {self._value_repr_()}>"

        def __str__(self):
            cls_name = self.__class__.__name__
            if self._name_ is None:
                return f"{cls_name}({self._value_repr_()})"
            return f"{cls_name}.{self._name_}"

        def __bool__(self):
            return bool(self._value_)

        def __len__(self):
            return sum(1 for _ in _bits(self._value_))

        def __iter__(self):
            for bit in _bits(self._value_):
                member = self.__class__._value2member_map_.get(bit)
                if member is not None:
                    yield member

        def __contains__(self, other):
            if not isinstance(other, self.__class__):
                raise TypeError(f"unsupported operand type(s) for 'in': "
                                f"'{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
            return other._value_ & self._value_ == other._value_

        def _operand(self, other):
            if isinstance(other, self.__class__):
                return other._value_
            if isinstance(self, int) and isinstance(other, int):
                return int(other)
            return None

        def __or__(self, other):
            value = self._operand(other)
            return NotImplemented if value is None else self.__class__(self._value_ | value)

        def __and__(self, other):
            value = self._operand(other)
            return NotImplemented if value is None else self.__class__(self._value_ & value)

        def __xor__(self, other):
            value = self._operand(other)
            return NotImplemented if value is None else self.__class__(self._value_ ^ value)

        __ror__ = __or__
        __rand__ = __and__
        __rxor__ = __xor__

        def __invert__(self):
            return self.__class__(self._flag_mask_ ^ self._value_)

    class IntFlag(int, ReprEnum, Flag):
        """Support for integer-based flags."""

        __module__ = "enum"
        __qualname__ = "IntFlag"

    return Flag, IntFlag
