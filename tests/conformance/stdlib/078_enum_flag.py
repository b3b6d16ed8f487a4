from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.X), rw, repr(rw), rw.value, Perm.X.value)
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(rw), len(rw), Perm(6), Perm(7) == Perm.R | Perm.W | Perm.X)
print(rw & Perm.W, rw ^ Perm.R, repr(~Perm.R))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, int(m), Mode.READ in m, m | 1, repr(Mode(0)))
