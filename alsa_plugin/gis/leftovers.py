"""Names for a run's temporary files and folders that say whose they are, and removal of stale ones.

A run killed outright (SIGKILL, a crash, a power cut) cannot clean up after itself. So
every temporary name carries the process id and a short key of the host:

* partial outputs next to their final names: ``.partial-<pid>.<host>.<token>-<name>``;
* the temporary working folder of a Processing run: ``alsa-<pid>.<host>-<random>``.

A later run removes such leftovers only when they are provably stale: the name parses,
the host key is this host's and no process with that id is running. Names without an
owner (other software, other users' runs, an earlier plugin version) are never touched,
nor are those of a process that is still running (a concurrent run, or a reused id).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import tempfile
from pathlib import Path

_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
_PARTIAL = re.compile(r"^\.partial-(\d+)\.([0-9a-f]{8})\.[0-9a-f]{8}-.+$")
_WORKDIR = re.compile(r"^alsa-(\d+)\.([0-9a-f]{8})-[^/]+$")


def owner() -> str:
    """``<pid>.<host key>``: this process on this host."""
    return f"{os.getpid()}.{_HOST}"


def partial_name(token: str, name: str) -> str:
    """The temporary name of output ``name`` staged by this process (``token``: 8 hex digits)."""
    return f".partial-{owner()}.{token}-{name}"


def process_gone(pid: int) -> bool:
    """True only when no process with id ``pid`` runs on this host (False when unsure)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_gone(pid)
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only checked
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: it exists, under another user
        return False
    return False


def _windows_process_gone(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 87  # ERROR_INVALID_PARAMETER: no such process
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value != 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _stale(match: re.Match | None) -> bool:
    return match is not None and match.group(2) == _HOST and process_gone(int(match.group(1)))


def remove_stale_partials(folder: str | Path) -> list[Path]:
    """Delete the partial outputs (and their ``.aux.xml``) that dead runs of this host left in ``folder``."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name[: -len(".aux.xml")] if entry.name.endswith(".aux.xml") else entry.name
        if entry.is_file(follow_symlinks=False) and _stale(_PARTIAL.match(name)):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def remove_stale_workdirs(parent: str | Path | None = None) -> list[Path]:
    """Delete the temporary working folders that dead runs of this host left in the temp folder."""
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if entry.is_dir(follow_symlinks=False) and _stale(_WORKDIR.match(entry.name)):
            shutil.rmtree(entry.path, ignore_errors=True)
            if not os.path.exists(entry.path):
                removed.append(Path(entry.path))
    return removed


def make_workdir() -> Path:
    """A new temporary working folder named for this process, after removing stale ones of dead runs."""
    remove_stale_workdirs()
    return Path(tempfile.mkdtemp(prefix=f"alsa-{owner()}-"))
