"""Is a path on a network share? SQLite must not be shared over a network file system.

SQLite's locking relies on the file system's byte-range locks, which NFS, SMB and FUSE
network mounts implement badly or not at all ("How To Corrupt An SQLite Database File",
section 2.1, on sqlite.org): co-hosts who open the same event file on a share can corrupt
it. They share an event through PostgreSQL instead; this module lets the app tell them.

:func:`is_network_path` answers True, False, or None when it cannot tell:

- Linux: the mount that holds the path, from ``/proc/self/mountinfo`` (or ``/proc/mounts``),
  and its file-system type (:data:`NETWORK_FS_TYPES`).
- Windows: UNC paths (``\\\\server\\share``) are remote; a drive letter asks
  ``GetDriveTypeW`` whether it is ``DRIVE_REMOTE`` (a mapped network drive).
- macOS: ``statfs`` and its ``MNT_LOCAL`` flag.

Stacked file systems (an encrypted FUSE folder kept on an NFS share) show only their top
layer and count as local. The parsers are pure functions of the text they read, for tests.
Stdlib only.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: File-system types (as Linux names them in the mount table) whose files live on another
#: machine, or are reached through a protocol whose locking SQLite cannot rely on.
NETWORK_FS_TYPES = frozenset(
    (
        # NFS, SMB/CIFS, NetWare, AFS, Coda
        "nfs nfs4 cifs smb3 smbfs smb2 ncpfs ncp afs openafs coda "
        # Plan 9 protocol (QEMU, WSL 2's Windows drives), virtual machines' shared folders
        "9p virtiofs vboxsf vmhgfs fuse.vmhgfs-fuse prl_fs "
        # WebDAV, SSH, FTP
        "davfs fuse.davfs2 sshfs fuse.sshfs fuse.curlftpfs fuse.smbnetfs "
        # Cluster and distributed file systems
        "ceph fuse.ceph fuse.ceph-fuse glusterfs fuse.glusterfs lustre gpfs beegfs orangefs "
        "pvfs2 ocfs2 gfs2 fuse.juicefs fuse.moosefs fuse.mfs "
        # Cloud storage mounted as a folder
        "fuse.rclone fuse.s3fs fuse.gcsfuse fuse.goofys fuse.blobfuse fuse.blobfuse2 "
        # GNOME's and KDE's gateways: a path in there is an smb://, sftp:// or dav:// location
        "fuse.gvfsd-fuse fuse.kio-fuse"
    ).split()
)

#: macOS ``statfs`` file-system names of network shares (whatever ``MNT_LOCAL`` says).
DARWIN_NETWORK_FS_TYPES = frozenset({"nfs", "smbfs", "afpfs", "webdav", "cifs", "ftp"})
#: macOS ``<sys/mount.h>``: the file system is stored locally.
MNT_LOCAL = 0x00001000

# Windows GetDriveTypeW results.
DRIVE_UNKNOWN = 0
DRIVE_NO_ROOT_DIR = 1
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Mount:
    """One line of the mount table: where it is mounted, what, and from where."""

    mount_point: str
    fs_type: str
    source: str


_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def unescape_mount_field(field: str) -> str:
    r"""Undo the kernel's octal escapes in a mount table field (``\040`` is a space)."""
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts in ``/proc/self/mountinfo`` text, in the table's order.

    A line reads ``id parent major:minor root MOUNT_POINT options [optional...] - TYPE
    SOURCE super-options``; the optional fields end at the lone ``-``. Lines that do not
    fit are skipped.
    """
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        try:
            separator = fields.index("-", 6)
        except ValueError:
            continue
        if len(fields) < separator + 3:
            continue
        mounts.append(
            Mount(
                mount_point=unescape_mount_field(fields[4]),
                fs_type=fields[separator + 1],
                source=unescape_mount_field(fields[separator + 2]),
            )
        )
    return mounts


def parse_proc_mounts(text: str) -> list[Mount]:
    """The mounts in ``/proc/mounts`` (fstab format: ``SOURCE MOUNT_POINT TYPE options 0 0``)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(
                Mount(unescape_mount_field(fields[1]), fields[2], unescape_mount_field(fields[0]))
            )
    return mounts


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds the absolute, resolved ``path``: the longest mount point that is
    ``path`` or one of its parents; of several at the same point the last, which hides the
    ones mounted before it."""
    found: Mount | None = None
    for mount in mounts:
        point = mount.mount_point
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (found is None or len(point) >= len(found.mount_point)):
            found = mount
    return found


def is_network_mount(mount: Mount) -> bool:
    """Whether the mount's file system is one of :data:`NETWORK_FS_TYPES`."""
    fs_type = mount.fs_type.lower()
    if fs_type in ("fuse", "fuseblk") and "#" in mount.source:
        # Old FUSE mounts name their helper in the source instead: "sshfs#user@host:/dir".
        fs_type = "fuse." + mount.source.split("#", 1)[0].lower()
    return fs_type in NETWORK_FS_TYPES


def is_network_path_in_mount_table(path: str, mountinfo: str) -> bool | None:
    """Linux, pure: whether the absolute, resolved ``path`` is on a network mount of the
    table ``mountinfo`` (``/proc/self/mountinfo`` text, or ``/proc/mounts`` text)."""
    # /proc/mounts lines have six fields, never the "-" that mountinfo has after its sixth.
    mounts = parse_mountinfo(mountinfo) or parse_proc_mounts(mountinfo)
    mount = mount_of(path, mounts)
    return None if mount is None else is_network_mount(mount)


def is_network_path_windows(path: str, drive_type: Callable[[str], int]) -> bool | None:
    r"""Windows, pure: UNC paths are remote; a drive asks ``drive_type`` (GetDriveTypeW)
    about its root, e.g. ``"Z:\\"``. ``path`` is absolute."""
    path = path.replace("/", "\\")
    if path.upper().startswith("\\\\?\\UNC\\"):
        return True
    if path.startswith(("\\\\?\\", "\\\\.\\")):
        path = path[4:]  # a long or device path: what follows may be a drive
    elif path.startswith("\\\\"):
        return True  # \\server\share
    drive, _ = ntpath.splitdrive(path)
    if len(drive) != 2 or drive[1] != ":":
        return None
    kind = drive_type(drive + "\\")
    if kind in (DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR):
        return None
    return kind == DRIVE_REMOTE


def is_network_statfs_darwin(flags: int, fs_type_name: str) -> bool:
    """macOS, pure: a file system is remote unless ``MNT_LOCAL`` is set, and the known
    network ones are remote whatever their flags say."""
    return not flags & MNT_LOCAL or fs_type_name.lower() in DARWIN_NETWORK_FS_TYPES


def is_network_path(path: str | os.PathLike[str]) -> bool | None:
    """Whether ``path`` (a file or a folder, existing or not yet) is on a network share.

    None when this platform or this machine does not let us tell.
    """
    try:
        resolved = os.path.realpath(os.fspath(path))
    except (OSError, ValueError):
        return None
    if sys.platform.startswith("linux"):
        return _linux(resolved)
    if sys.platform == "win32":
        return _windows(resolved)
    if sys.platform == "darwin":
        return _darwin(resolved)
    return None


def _linux(path: str) -> bool | None:
    for table in ("/proc/self/mountinfo", "/proc/mounts"):
        try:
            with open(table, encoding="utf-8", errors="surrogateescape") as file:
                text = file.read()
        except OSError:
            continue
        return is_network_path_in_mount_table(path, text)
    return None


def _windows(path: str) -> bool | None:  # pragma: no cover - runs on Windows only
    import ctypes

    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    get_drive_type.argtypes = [ctypes.c_wchar_p]
    get_drive_type.restype = ctypes.c_uint

    def drive_type(root: str) -> int:
        return int(get_drive_type(root))

    return is_network_path_windows(path, drive_type)


def _existing_ancestor(path: str) -> str:
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    return path


def _darwin(path: str) -> bool | None:  # pragma: no cover - runs on macOS only
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        # <sys/mount.h>, struct statfs with 64-bit inodes (__DARWIN_64_BIT_INO_T): the
        # only layout on arm64, the "statfs$INODE64" symbol on x86_64.
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    import platform  # macOS only; elsewhere ~2 ms of the cockpit's start for nothing

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.dylib", use_errno=True)
        if platform.machine() == "arm64":
            statfs = libc.statfs
        else:
            statfs = getattr(libc, "statfs$INODE64")
    except (OSError, AttributeError):
        return None
    statfs.argtypes = [ctypes.c_char_p, ctypes.POINTER(StatFs)]
    statfs.restype = ctypes.c_int
    result = StatFs()
    if statfs(os.fsencode(_existing_ancestor(path)), ctypes.byref(result)) != 0:
        return None
    return is_network_statfs_darwin(result.f_flags, result.f_fstypename.decode("utf-8", "replace"))
