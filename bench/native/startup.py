# An empty program: its time is the interpreter's start-up, which the other rows subtract.
