"""Runs Ralph's LRS server in this one process, with its filesystem backend:

    python ralph_lrs.py HOST PORT FOLDER

The credentials file is RALPH_AUTH_FILE (tests/lrs/ralph.sh makes one).

Two differences from `ralph runserver -b fs`, which is meant for
development: it serves without uvicorn's reloader (which watches the
current folder and runs the server in a child process that outlives a
killed parent), and statements are appended to the backend's file. Ralph
5.1's filesystem LRS backend writes with the operation type CREATE, which
refuses to write to its file once it exists, so every POST after the first
would answer 500 ("Statements bulk indexation failed"). Everything else
(authentication, validation, duplicate ids, reads) is Ralph's own.
"""

import os
import sys

host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder
os.environ.setdefault("RALPH_APP_DIR", folder)

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

uvicorn.run("ralph.api:app", host=host, port=port, log_level="info")
