# Loopscope's asyncpg.exceptions: the exception tree of asyncpg 0.32.
#
# Two families. Errors and notices the server sends (ErrorResponse, NoticeResponse) are
# PostgresMessage classes, one per SQLSTATE, grown below from a table; asyncpg puts its
# private helpers in `asyncpg.exceptions._base`, and the classes that live there keep that
# `__module__` here so tracebacks name them as asyncpg's do. The client's own errors
# (InterfaceError and the rest) are ordinary exceptions.
#
# The protocol builds a server message with `_from_fields(fields, query)` (an
# ErrorResponse, raised) or `_log_message_from_fields(fields, query)` (a NoticeResponse,
# handed to log listeners); `fields` maps each field's type letter ('S', 'C', 'M', ...)
# to its text, as the server sent it: nothing is converted, so `position` is a str.


# Field type letter -> attribute name, in the order `as_dict()` lists them.
_FIELDS = (
    ('S', 'severity'), ('V', 'severity_en'), ('C', 'sqlstate'), ('M', 'message'),
    ('D', 'detail'), ('H', 'hint'), ('P', 'position'), ('p', 'internal_position'),
    ('q', 'internal_query'), ('W', 'context'), ('s', 'schema_name'),
    ('t', 'table_name'), ('c', 'column_name'), ('d', 'data_type_name'),
    ('n', 'constraint_name'), ('F', 'server_source_filename'),
    ('L', 'server_source_line'), ('R', 'server_source_function'),
)
_ATTR_OF = dict(_FIELDS)

_BASE = 'asyncpg.exceptions._base'

# What asyncpg says instead of the server's "cached plan must not change result type"
# (the server's text stays in `.message`).
_STALE_PLAN = ('cached statement plan is invalid due to a database schema or '
               'configuration change')

# Appended to the hint of the two prepared-statement errors that pgbouncer in transaction
# or statement mode provokes.
_PGBOUNCER_NOTE = (
    '\nNOTE: pgbouncer with pool_mode set to "transaction" or\n'
    '"statement" does not support prepared statements properly.\n'
    'You have two options:\n'
    '\n'
    '* if you are using pgbouncer for connection pooling to a\n'
    '  single server, switch to the connection pool functionality\n'
    '  provided by asyncpg, it is a much better option for this\n'
    '  purpose;\n'
    '\n'
    '* if you have no option of avoiding the use of pgbouncer,\n'
    '  then you can set statement_cache_size to 0 when creating\n'
    '  the asyncpg connection object.\n'
)


def _detailed(msg, detail, hint):
    if detail:
        msg += '\nDETAIL:  ' + detail
    if hint:
        msg += '\nHINT:  ' + hint
    return msg


class PostgresMessageMeta(type):
    """Keeps the SQLSTATE -> class registry: a class stating a `sqlstate` joins it."""

    __module__ = _BASE
    _registry = {}

    def __new__(mcls, name, bases, dct):
        cls = super().__new__(mcls, name, bases, dct)
        code = dct.get('sqlstate')
        if code is not None:
            holder = mcls._registry.get(code)
            if holder is not None:
                # (asyncpg's wording, missing space included.)
                raise TypeError('{} has duplicate SQLSTATE code, which is'
                                'already defined by {}'.format(name, holder.__name__))
            mcls._registry[code] = cls
        return cls

    @classmethod
    def get_message_class_for_sqlstate(mcls, code):
        # The exact code or nothing: no fallback to the code's two-character class.
        return mcls._registry.get(code, UnknownPostgresError)


class PostgresMessage(metaclass=PostgresMessageMeta):
    __module__ = _BASE

    @classmethod
    def _parts(cls, fields, query):
        """(class, args[0], instance attributes) for a message with these fields."""
        attrs = {'query': query}
        for letter, text in fields.items():
            name = _ATTR_OF.get(letter)
            if name:
                attrs[name] = text
        exccls = type(cls).get_message_class_for_sqlstate(fields.get('C'))
        text = attrs.get('message', '')
        if (exccls is FeatureNotSupportedError
                and attrs.get('server_source_function') == 'RevalidateCachedQuery'):
            exccls = InvalidCachedStatementError
            text = _STALE_PLAN
        if exccls in (DuplicatePreparedStatementError, InvalidSQLStatementNameError):
            attrs['hint'] = attrs.get('hint', '') + _PGBOUNCER_NOTE
        return exccls, text, attrs

    def as_dict(self):
        out = {}
        for _, name in _FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


# Every field attribute reads None until a message from the server sets it.
for _, _name in _FIELDS:
    setattr(PostgresMessage, _name, None)


class PostgresError(PostgresMessage, Exception):
    """The root of the errors the server reports."""

    __module__ = _BASE

    def __str__(self):
        return _detailed(self.args[0], self.detail, self.hint)

    @classmethod
    def new(cls, fields, query=None):
        exccls, text, attrs = cls._parts(fields, query)
        exc = exccls(text)
        exc.__dict__.update(attrs)
        return exc


class FatalPostgresError(PostgresError):
    """An error after which the server closes the connection."""

    __module__ = _BASE


class UnknownPostgresError(FatalPostgresError):
    """An error whose SQLSTATE no class here claims."""

    __module__ = _BASE


class InterfaceMessage:
    __module__ = _BASE

    def __init__(self, *, detail=None, hint=None):
        self.detail = detail
        self.hint = hint

    def __str__(self):
        return _detailed(self.args[0], self.detail, self.hint)


class InterfaceError(InterfaceMessage, Exception):
    """The asyncpg API was misused."""

    __module__ = _BASE

    def __init__(self, msg, *, detail=None, hint=None):
        _InterfaceMessage.__init__(self, detail=detail, hint=hint)
        Exception.__init__(self, msg)

    def with_msg(self, msg):
        """The same error with another message, keeping detail, hint and traceback."""
        again = type(self)(msg, detail=self.detail, hint=self.hint)
        return again.with_traceback(self.__traceback__)


class ClientConfigurationError(InterfaceError, ValueError):
    """The client's settings are wrong."""

    __module__ = _BASE


# `asyncpg.exceptions._base.DataError`. asyncpg.exceptions itself exports the SQLSTATE
# 22000 class of that name (below), which is the one asyncpg raises for bad arguments.
_BaseDataError = type('DataError', (InterfaceError, ValueError), {
    '__module__': _BASE, '__doc__': 'A query was given input it cannot take.'})


class UnsupportedClientFeatureError(InterfaceError):
    """asyncpg does not support what was asked for."""

    __module__ = _BASE


class UnsupportedServerFeatureError(InterfaceError):
    """The server does not support what was asked for."""

    __module__ = _BASE


class InterfaceWarning(InterfaceMessage, UserWarning):
    """The asyncpg API was used in a doubtful way."""

    __module__ = _BASE

    def __init__(self, msg, *, detail=None, hint=None):
        _InterfaceMessage.__init__(self, detail=detail, hint=hint)
        UserWarning.__init__(self, msg)


class InternalClientError(Exception):
    """Something went wrong inside asyncpg."""

    __module__ = _BASE


class ProtocolError(InternalClientError):
    """The server sent protocol input asyncpg did not expect."""

    __module__ = _BASE


class TargetServerAttributeNotMatched(InternalClientError):
    """No host had the attributes `target_session_attrs` asks for."""

    __module__ = _BASE


class OutdatedSchemaCacheError(InternalClientError):
    """A type changed under a prepared statement before its rows were decoded."""

    __module__ = _BASE

    def __init__(self, msg, *, schema=None, data_type=None, position=None):
        Exception.__init__(self, msg)
        self.schema_name = schema
        self.data_type_name = data_type
        self.position = position


class PostgresLogMessage(PostgresMessage):
    """The root of the notices and warnings the server sends alongside results."""

    __module__ = _BASE

    def __str__(self):
        return '{}: {}'.format(type(self).__name__, self.message)

    def __setattr__(self, name, val):
        raise TypeError('instances of {} are immutable'.format(type(self).__name__))

    @classmethod
    def new(cls, fields, query=None):
        # A notice's class comes from its SQLSTATE like an error's (a NOTICE with code
        # 42P07 is a DuplicateTableError); unknown codes give a plain PostgresLogMessage,
        # or PostgresWarning when the severity is WARNING.
        msgcls, text, attrs = cls._parts(fields, query)
        if msgcls is UnknownPostgresError:
            msgcls = PostgresLogMessage
        if msgcls is PostgresLogMessage:
            severity = attrs.get('severity_en') or attrs.get('severity')
            if severity and severity.upper() == 'WARNING':
                msgcls = PostgresWarning
        if issubclass(msgcls, (BaseException, Warning)):
            msg = msgcls(text)
        else:
            msg = msgcls()
        msg.__dict__.update(attrs)  # past the immutability guard
        return msg


# The SQLSTATE classes, in PostgreSQL's errcodes order: "CODE Name", indented two spaces
# under the class it derives from; unindented ones derive from PostgresError, except
# PostgresWarning, which is a PostgresLogMessage and a Warning. ----- states no code of
# its own (it inherits its parent's).
_TREE = """
01000 PostgresWarning
  0100C DynamicResultSetsReturned
  01008 ImplicitZeroBitPadding
  01003 NullValueEliminatedInSetFunction
  01007 PrivilegeNotGranted
  01006 PrivilegeNotRevoked
  01004 StringDataRightTruncation
  01P01 DeprecatedFeature
  02000 NoData
    02001 NoAdditionalDynamicResultSetsReturned
03000 SQLStatementNotYetCompleteError
08000 PostgresConnectionError
  08003 ConnectionDoesNotExistError
  08006 ConnectionFailureError
  08001 ClientCannotConnectError
  08004 ConnectionRejectionError
  08007 TransactionResolutionUnknownError
  08P01 ProtocolViolationError
09000 TriggeredActionError
0A000 FeatureNotSupportedError
  ----- InvalidCachedStatementError
0B000 InvalidTransactionInitiationError
0F000 LocatorError
  0F001 InvalidLocatorSpecificationError
0L000 InvalidGrantorError
  0LP01 InvalidGrantOperationError
0P000 InvalidRoleSpecificationError
0Z000 DiagnosticsError
  0Z002 StackedDiagnosticsAccessedWithoutActiveHandlerError
10608 InvalidArgumentForXqueryError
20000 CaseNotFoundError
21000 CardinalityViolationError
22000 DataError
  2202E ArraySubscriptError
  22021 CharacterNotInRepertoireError
  22008 DatetimeFieldOverflowError
  22012 DivisionByZeroError
  22005 ErrorInAssignmentError
  2200B EscapeCharacterConflictError
  22022 IndicatorOverflowError
  22015 IntervalFieldOverflowError
  2201E InvalidArgumentForLogarithmError
  22014 InvalidArgumentForNtileFunctionError
  22016 InvalidArgumentForNthValueFunctionError
  2201F InvalidArgumentForPowerFunctionError
  2201G InvalidArgumentForWidthBucketFunctionError
  22018 InvalidCharacterValueForCastError
  22007 InvalidDatetimeFormatError
  22019 InvalidEscapeCharacterError
  2200D InvalidEscapeOctetError
  22025 InvalidEscapeSequenceError
  22P06 NonstandardUseOfEscapeCharacterError
  22010 InvalidIndicatorParameterValueError
  22023 InvalidParameterValueError
  22013 InvalidPrecedingOrFollowingSizeError
  2201B InvalidRegularExpressionError
  2201W InvalidRowCountInLimitClauseError
  2201X InvalidRowCountInResultOffsetClauseError
  2202H InvalidTablesampleArgumentError
  2202G InvalidTablesampleRepeatError
  22009 InvalidTimeZoneDisplacementValueError
  2200C InvalidUseOfEscapeCharacterError
  2200G MostSpecificTypeMismatchError
  22004 NullValueNotAllowedError
  22002 NullValueNoIndicatorParameterError
  22003 NumericValueOutOfRangeError
  2200H SequenceGeneratorLimitExceededError
  22026 StringDataLengthMismatchError
  22001 StringDataRightTruncationError
  22011 SubstringError
  22027 TrimError
  22024 UnterminatedCStringError
  2200F ZeroLengthCharacterStringError
  22P01 PostgresFloatingPointError
  22P02 InvalidTextRepresentationError
  22P03 InvalidBinaryRepresentationError
  22P04 BadCopyFileFormatError
  22P05 UntranslatableCharacterError
  2200L NotAnXmlDocumentError
  2200M InvalidXmlDocumentError
  2200N InvalidXmlContentError
  2200S InvalidXmlCommentError
  2200T InvalidXmlProcessingInstructionError
  22030 DuplicateJsonObjectKeyValueError
  22031 InvalidArgumentForSQLJsonDatetimeFunctionError
  22032 InvalidJsonTextError
  22033 InvalidSQLJsonSubscriptError
  22034 MoreThanOneSQLJsonItemError
  22035 NoSQLJsonItemError
  22036 NonNumericSQLJsonItemError
  22037 NonUniqueKeysInAJsonObjectError
  22038 SingletonSQLJsonItemRequiredError
  22039 SQLJsonArrayNotFoundError
  2203A SQLJsonMemberNotFoundError
  2203B SQLJsonNumberNotFoundError
  2203C SQLJsonObjectNotFoundError
  2203D TooManyJsonArrayElementsError
  2203E TooManyJsonObjectMembersError
  2203F SQLJsonScalarRequiredError
  2203G SQLJsonItemCannotBeCastToTargetTypeError
23000 IntegrityConstraintViolationError
  23001 RestrictViolationError
  23502 NotNullViolationError
  23503 ForeignKeyViolationError
  23505 UniqueViolationError
  23514 CheckViolationError
  23P01 ExclusionViolationError
24000 InvalidCursorStateError
25000 InvalidTransactionStateError
  25001 ActiveSQLTransactionError
  25002 BranchTransactionAlreadyActiveError
  25008 HeldCursorRequiresSameIsolationLevelError
  25003 InappropriateAccessModeForBranchTransactionError
  25004 InappropriateIsolationLevelForBranchTransactionError
  25005 NoActiveSQLTransactionForBranchTransactionError
  25006 ReadOnlySQLTransactionError
  25007 SchemaAndDataStatementMixingNotSupportedError
  25P01 NoActiveSQLTransactionError
  25P02 InFailedSQLTransactionError
  25P03 IdleInTransactionSessionTimeoutError
  25P04 TransactionTimeoutError
26000 InvalidSQLStatementNameError
27000 TriggeredDataChangeViolationError
28000 InvalidAuthorizationSpecificationError
  28P01 InvalidPasswordError
2B000 DependentPrivilegeDescriptorsStillExistError
  2BP01 DependentObjectsStillExistError
2D000 InvalidTransactionTerminationError
2F000 SQLRoutineError
  2F005 FunctionExecutedNoReturnStatementError
  2F002 ModifyingSQLDataNotPermittedError
  2F003 ProhibitedSQLStatementAttemptedError
  2F004 ReadingSQLDataNotPermittedError
34000 InvalidCursorNameError
38000 ExternalRoutineError
  38001 ContainingSQLNotPermittedError
  38002 ModifyingExternalRoutineSQLDataNotPermittedError
  38003 ProhibitedExternalRoutineSQLStatementAttemptedError
  38004 ReadingExternalRoutineSQLDataNotPermittedError
39000 ExternalRoutineInvocationError
  39001 InvalidSqlstateReturnedError
  39004 NullValueInExternalRoutineNotAllowedError
  39P01 TriggerProtocolViolatedError
  39P02 SrfProtocolViolatedError
  39P03 EventTriggerProtocolViolatedError
3B000 SavepointError
  3B001 InvalidSavepointSpecificationError
3D000 InvalidCatalogNameError
3F000 InvalidSchemaNameError
40000 TransactionRollbackError
  40002 TransactionIntegrityConstraintViolationError
  40001 SerializationError
  40003 StatementCompletionUnknownError
  40P01 DeadlockDetectedError
42000 SyntaxOrAccessError
  42601 PostgresSyntaxError
  42501 InsufficientPrivilegeError
  42846 CannotCoerceError
  42803 GroupingError
  42P20 WindowingError
  42P19 InvalidRecursionError
  42830 InvalidForeignKeyError
  42602 InvalidNameError
  42622 NameTooLongError
  42939 ReservedNameError
  42804 DatatypeMismatchError
  42P18 IndeterminateDatatypeError
  42P21 CollationMismatchError
  42P22 IndeterminateCollationError
  42809 WrongObjectTypeError
  428C9 GeneratedAlwaysError
  42703 UndefinedColumnError
  42883 UndefinedFunctionError
  42P01 UndefinedTableError
  42P02 UndefinedParameterError
  42704 UndefinedObjectError
  42701 DuplicateColumnError
  42P03 DuplicateCursorError
  42P04 DuplicateDatabaseError
  42723 DuplicateFunctionError
  42P05 DuplicatePreparedStatementError
  42P06 DuplicateSchemaError
  42P07 DuplicateTableError
  42712 DuplicateAliasError
  42710 DuplicateObjectError
  42702 AmbiguousColumnError
  42725 AmbiguousFunctionError
  42P08 AmbiguousParameterError
  42P09 AmbiguousAliasError
  42P10 InvalidColumnReferenceError
  42611 InvalidColumnDefinitionError
  42P11 InvalidCursorDefinitionError
  42P12 InvalidDatabaseDefinitionError
  42P13 InvalidFunctionDefinitionError
  42P14 InvalidPreparedStatementDefinitionError
  42P15 InvalidSchemaDefinitionError
  42P16 InvalidTableDefinitionError
  42P17 InvalidObjectDefinitionError
44000 WithCheckOptionViolationError
53000 InsufficientResourcesError
  53100 DiskFullError
  53200 OutOfMemoryError
  53300 TooManyConnectionsError
  53400 ConfigurationLimitExceededError
54000 ProgramLimitExceededError
  54001 StatementTooComplexError
  54011 TooManyColumnsError
  54023 TooManyArgumentsError
55000 ObjectNotInPrerequisiteStateError
  55006 ObjectInUseError
  55P02 CantChangeRuntimeParamError
  55P03 LockNotAvailableError
  55P04 UnsafeNewEnumValueUsageError
57000 OperatorInterventionError
  57014 QueryCanceledError
  57P01 AdminShutdownError
  57P02 CrashShutdownError
  57P03 CannotConnectNowError
  57P04 DatabaseDroppedError
  57P05 IdleSessionTimeoutError
58000 PostgresSystemError
  58030 PostgresIOError
  58P01 UndefinedFileError
  58P02 DuplicateFileError
  58P03 FileNameTooLongError
72000 SnapshotTooOldError
F0000 ConfigFileError
  F0001 LockFileExistsError
HV000 FDWError
  HV005 FDWColumnNameNotFoundError
  HV002 FDWDynamicParameterValueNeededError
  HV010 FDWFunctionSequenceError
  HV021 FDWInconsistentDescriptorInformationError
  HV024 FDWInvalidAttributeValueError
  HV007 FDWInvalidColumnNameError
  HV008 FDWInvalidColumnNumberError
  HV004 FDWInvalidDataTypeError
  HV006 FDWInvalidDataTypeDescriptorsError
  HV091 FDWInvalidDescriptorFieldIdentifierError
  HV00B FDWInvalidHandleError
  HV00C FDWInvalidOptionIndexError
  HV00D FDWInvalidOptionNameError
  HV090 FDWInvalidStringLengthOrBufferLengthError
  HV00A FDWInvalidStringFormatError
  HV009 FDWInvalidUseOfNullPointerError
  HV014 FDWTooManyHandlesError
  HV001 FDWOutOfMemoryError
  HV00P FDWNoSchemasError
  HV00J FDWOptionNameNotFoundError
  HV00K FDWReplyHandleError
  HV00Q FDWSchemaNotFoundError
  HV00R FDWTableNotFoundError
  HV00L FDWUnableToCreateExecutionError
  HV00M FDWUnableToCreateReplyError
  HV00N FDWUnableToEstablishConnectionError
P0000 PLPGSQLError
  P0001 RaiseError
  P0002 NoDataFoundError
  P0003 TooManyRowsError
  P0004 AssertError
XX000 InternalServerError
  XX001 DataCorruptedError
  XX002 IndexCorruptedError
"""


def _grow(tree):
    names = []
    chain = [PostgresError]
    for line in tree.splitlines():
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip())) // 2
        code, name = line.split()
        if name == 'PostgresWarning':
            bases = (PostgresLogMessage, Warning)
        else:
            bases = (chain[depth],)
        ns = {'__module__': 'asyncpg.exceptions', '__doc__': None}
        if code != '-----':
            ns['sqlstate'] = code
        cls = PostgresMessageMeta(name, bases, ns)
        globals()[name] = cls
        del chain[depth + 1:]
        chain.append(cls)
        names.append(name)
    return names


__all__ = tuple(sorted(_grow(_TREE))) + (
    'PostgresError', 'FatalPostgresError', 'UnknownPostgresError', 'InterfaceError',
    'InterfaceWarning', 'PostgresLogMessage', 'ClientConfigurationError',
    'InternalClientError', 'OutdatedSchemaCacheError', 'ProtocolError',
    'UnsupportedClientFeatureError', 'TargetServerAttributeNotMatched',
    'UnsupportedServerFeatureError',
)


def _from_fields(fields, query=None):
    """The exception for an ErrorResponse: `fields` maps field letters to their text."""
    return PostgresError.new(fields, query)


def _log_message_from_fields(fields, query=None):
    """What log listeners get for a NoticeResponse with these fields."""
    return PostgresLogMessage.new(fields, query)


# Like asyncpg.exceptions, this module's namespace holds only the exported classes; the
# _base helpers stay reachable under private names.
_PostgresMessageMeta = PostgresMessageMeta
_PostgresMessage = PostgresMessage
_InterfaceMessage = InterfaceMessage
del PostgresMessageMeta, PostgresMessage, InterfaceMessage, _, _name
