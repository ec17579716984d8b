# The trainers' tools (src/cli/): translate, pass-mark, lrs, report,
# workshops, command-line help and errors; the principles' names. English is
# the reference: every other language has exactly these messages.
