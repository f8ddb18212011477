"""An event file on a network share is recognised before SQLite is trusted with it: NFS,
SMB, sshfs and friends are network; the local disk, tmpfs and a container's overlay are not."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from moderator.persistence.network_fs import (
    DRIVE_FIXED,
    DRIVE_NO_ROOT_DIR,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    MNT_LOCAL,
    Mount,
    is_network_path,
    is_network_path_in_mount_table,
    is_network_path_windows,
    is_network_statfs_darwin,
    mount_of,
    parse_mountinfo,
    parse_proc_mounts,
    unescape_mount_field,
)

# A laptop: ext4 root, tmpfs /tmp, and the shares a production team mounts.
LAPTOP_MOUNTINFO = r"""22 27 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
27 1 254:1 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro
28 27 0:30 / /tmp rw,nosuid,nodev shared:14 - tmpfs tmpfs rw,size=8131128k,inodes=1048576
29 27 254:2 / /home rw,relatime shared:15 - ext4 /dev/nvme0n1p3 rw
1290 27 0:180 / /mnt/events rw,relatime shared:650 - nfs4 fileserver:/export/events rw,vers=4.2,rsize=1048576,wsize=1048576,hard,proto=tcp,addr=192.168.1.10
1291 1290 254:3 / /mnt/events/scratch rw,relatime shared:651 - ext4 /dev/sdb1 rw
1292 27 254:4 / /mnt/eventsarchive rw,relatime shared:652 - ext4 /dev/sdc1 rw
1301 29 0:190 / /home/ana/Team\040Share rw,relatime shared:660 master:3 - cifs //nas/Team\040Share rw,vers=3.1.1,cache=strict,username=ana,uid=1000
1310 29 0:200 / /home/ana/studio rw,nosuid,nodev,relatime shared:670 - fuse.sshfs ana@studio:/srv/shows rw,user_id=1000,group_id=1000
1320 27 0:210 / /media/tab\011and\134slash rw,relatime - vfat /dev/sdd1 rw
"""

# Inside a container: an overlay root and the host's folders bound in.
CONTAINER_MOUNTINFO = """598 540 0:52 / / rw,relatime master:304 - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/A:/var/lib/docker/overlay2/l/B,upperdir=/var/lib/docker/overlay2/x/diff,workdir=/var/lib/docker/overlay2/x/work
599 598 0:55 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw
612 598 254:1 /home/ana/events /work rw,relatime - ext4 /dev/nvme0n1p2 rw
613 598 0:56 / /dev/shm rw,nosuid,nodev,noexec,relatime - tmpfs shm rw,size=65536k
"""

PROC_MOUNTS = r"""/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//nas/Team\040Share /mnt/Team\040Share cifs rw,vers=3.1.1 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/events/panel.moderator", True),  # NFS 4
        ("/mnt/events", True),
        ("/mnt/events/scratch/panel.moderator", False),  # a local disk mounted inside the share
        ("/mnt/eventsarchive/panel.moderator", False),  # a name that only starts like the share
        ("/home/ana/Team Share/panel.moderator", True),  # SMB, mount point with a space
        ("/home/ana/Team/panel.moderator", False),
        ("/home/ana/studio/live/panel.moderator", True),  # sshfs
        ("/home/ana/panel.moderator", False),  # ext4
        ("/tmp/panel.moderator", False),  # tmpfs
        ("/", False),
    ],
)
def test_the_laptop_tells_its_shares_from_its_disks(path: str, network: bool) -> None:
    assert is_network_path_in_mount_table(path, LAPTOP_MOUNTINFO) is network


def test_a_container_on_an_overlay_and_a_bound_host_folder_is_local() -> None:
    assert is_network_path_in_mount_table("/work/panel.moderator", CONTAINER_MOUNTINFO) is False
    assert is_network_path_in_mount_table("/root/panel.moderator", CONTAINER_MOUNTINFO) is False


def test_proc_mounts_is_read_when_mountinfo_is_missing() -> None:
    assert is_network_path_in_mount_table("/mnt/Team Share/a.moderator", PROC_MOUNTS) is True
    assert is_network_path_in_mount_table("/tmp/a.moderator", PROC_MOUNTS) is False
    assert parse_proc_mounts(PROC_MOUNTS)[2] == Mount("/mnt/Team Share", "cifs", "//nas/Team Share")


def test_an_empty_mount_table_cannot_tell() -> None:
    assert is_network_path_in_mount_table("/home/ana/a.moderator", "") is None


def test_mountinfo_lines_give_mount_point_type_and_source_unescaped() -> None:
    mounts = parse_mountinfo(LAPTOP_MOUNTINFO)

    assert len(mounts) == 10
    assert mounts[4] == Mount("/mnt/events", "nfs4", "fileserver:/export/events")
    # Several optional fields ("shared:660 master:3") before the "-" separator
    assert mounts[7] == Mount("/home/ana/Team Share", "cifs", "//nas/Team Share")
    assert mounts[9].mount_point == "/media/tab\tand\\slash"


def test_malformed_lines_are_skipped() -> None:
    text = "garbage\n\n27 1 254:1 / / rw - ext4 /dev/vda rw\n28 27 0:30 / /tmp rw shared:1\n"
    assert parse_mountinfo(text) == [Mount("/", "ext4", "/dev/vda")]


def test_octal_escapes_become_their_characters() -> None:
    assert unescape_mount_field(r"My\040Drive\011x\012y\134z") == "My Drive\tx\ny\\z"


def test_the_last_of_two_mounts_on_the_same_point_hides_the_first() -> None:
    nfs, tmpfs = Mount("/mnt/events", "nfs", "srv:/e"), Mount("/mnt/events", "tmpfs", "tmpfs")
    root = Mount("/", "ext4", "/dev/vda")

    assert mount_of("/mnt/events/a", [root, nfs, tmpfs]) == tmpfs
    assert mount_of("/mnt/events/a", [root, tmpfs, nfs]) == nfs


@pytest.mark.parametrize(
    ("fs_type", "source"),
    [
        ("nfs", "srv:/e"),
        ("cifs", "//nas/e"),
        ("smb3", "//nas/e"),
        ("9p", "drvfs"),
        ("fuse.rclone", "gdrive:"),
        ("fuse.davfs2", "https://dav.example.org/"),
        ("davfs", "https://dav.example.org/"),
        ("ceph", "10.0.0.1:6789:/"),
        ("glusterfs", "gluster1:/vol"),
        ("fuse", "sshfs#ana@studio:/srv"),  # an old sshfs that names itself in the source
    ],
)
def test_network_file_systems_are_network(fs_type: str, source: str) -> None:
    mounts = (
        f"27 1 254:1 / / rw - ext4 /dev/vda rw\n90 27 0:90 / /share rw - {fs_type} {source} rw\n"
    )
    assert is_network_path_in_mount_table("/share/a.moderator", mounts) is True


@pytest.mark.parametrize(
    "fs_type",
    ["ext4", "xfs", "btrfs", "zfs", "tmpfs", "overlay", "vfat", "fuseblk", "fuse.gocryptfs"],
)
def test_local_file_systems_are_local(fs_type: str) -> None:
    mounts = (
        f"27 1 254:1 / / rw - ext4 /dev/vda rw\n90 27 0:90 / /data rw - {fs_type} /dev/sdb1 rw\n"
    )
    assert is_network_path_in_mount_table("/data/a.moderator", mounts) is False


def _drives(kinds: dict[str, int]) -> Callable[[str], int]:
    def drive_type(root: str) -> int:
        assert root.endswith(":\\"), root
        return kinds.get(root.upper(), DRIVE_NO_ROOT_DIR)

    return drive_type


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("\\\\nas\\events\\panel.moderator", True),  # UNC
        ("//nas/events/panel.moderator", True),
        ("\\\\?\\UNC\\nas\\events\\panel.moderator", True),
        ("Z:\\events\\panel.moderator", True),  # a mapped network drive
        ("z:/events/panel.moderator", True),
        ("C:\\Users\\ana\\panel.moderator", False),
        ("\\\\?\\C:\\Users\\ana\\panel.moderator", False),
        ("E:\\panel.moderator", False),  # a USB stick
        ("Q:\\panel.moderator", None),  # no such drive
        ("\\\\?\\Volume{26a21bda-a627-11d7-9931-806e6f6e6963}\\panel.moderator", None),
    ],
)
def test_windows_knows_unc_paths_and_mapped_drives(path: str, network: bool | None) -> None:
    drive_type = _drives({"C:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, "Z:\\": DRIVE_REMOTE})
    assert is_network_path_windows(path, drive_type) is network


def test_macos_trusts_mnt_local_except_for_known_shares() -> None:
    assert is_network_statfs_darwin(MNT_LOCAL, "apfs") is False
    assert is_network_statfs_darwin(0, "nfs") is True
    assert is_network_statfs_darwin(0, "macfuse") is True
    assert is_network_statfs_darwin(MNT_LOCAL, "smbfs") is True


def test_this_project_folder_is_local() -> None:
    project = Path(__file__).resolve().parent.parent
    expected = (False,) if sys.platform.startswith("linux") else (False, None)

    assert is_network_path(project) in expected
    assert is_network_path(project / "not-yet-created" / "panel.moderator") in expected
    assert is_network_path(str(project / "pyproject.toml")) in expected
