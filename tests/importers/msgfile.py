"""Builds minimal Outlook .msg files for tests (extract-msg reads them but cannot write them).

A .msg is a Compound File Binary (MS-CFB) holding MAPI properties (MS-OXMSG): each variable-length property is
a ``__substg1.0_IIIITTTT`` stream, fixed-length ones live in the ``__properties_version1.0`` stream of their
storage, and recipients and attachments are sub-storages with their own property streams.
"""

from __future__ import annotations

import email.utils
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

_SECTOR = 512
_MINI_SECTOR = 64
_MINI_CUTOFF = 4096
_FREE, _END, _FAT_SECT, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

_UNICODE, _BINARY, _INT32, _TIME = 0x001F, 0x0102, 0x0003, 0x0040
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_READ_WRITE = 0x6


@dataclass
class _Entry:
    name: str
    data: bytes | None = None  # None: a storage
    children: list[_Entry] = field(default_factory=list)
    start: int = _END
    left: int = _NO_STREAM
    right: int = _NO_STREAM
    child: int = _NO_STREAM
    red: bool = False


def _storage(name: str, props: dict[int, str | bytes | int], header: bytes) -> _Entry:
    """A storage of MAPI properties: ``props`` maps a tag (id << 16 | type) to its value."""
    entries = b""
    streams: list[_Entry] = []
    for tag, value in props.items():
        if isinstance(value, int):
            entries += struct.pack("<IIq", tag, _READ_WRITE, value)
            continue
        data = value.encode("utf-16-le") if isinstance(value, str) else value
        # String sizes in the property stream count the terminating null.
        size = len(data) + 2 if isinstance(value, str) else len(data)
        entries += struct.pack("<IIII", tag, _READ_WRITE, size, 0)
        streams.append(_Entry(f"__substg1.0_{tag:08X}", data))
    return _Entry(name, None, [_Entry("__properties_version1.0", header + entries), *streams])


def build_msg(
    subject: str,
    sender: str,
    to: str,
    body: str,
    *,
    html: str | None = None,
    attachments: list[tuple[str, bytes]] | None = None,
    message_id: str | None = None,
    sent: datetime | None = None,
    content_ids: dict[str, str] | None = None,
) -> bytes:
    """The bytes of an Outlook message (class IPM.Note) with one To recipient.

    Args:
        subject: The subject.
        sender: ``Name <address>`` or a bare address.
        to: The To recipient, ``Name <address>`` or a bare address.
        body: The plain-text body.
        html: The HTML body, when the message has one.
        attachments: ``(file name, data)`` of each attached file.
        message_id: The internet Message-ID, when the message has one.
        sent: The submit time (an aware datetime), when the message has one.
        content_ids: Content-ID by attachment file name, for attachments the HTML shows inline.

    Returns:
        The .msg file's bytes.
    """
    attachments = attachments or []
    sender_name, sender_address = email.utils.parseaddr(sender)
    to_name, to_address = email.utils.parseaddr(to)
    props: dict[int, str | bytes | int] = {
        0x001A0000 | _UNICODE: "IPM.Note",
        0x00370000 | _UNICODE: subject,
        0x0C1A0000 | _UNICODE: sender_name or sender_address,
        0x5D010000 | _UNICODE: sender_address,
        0x0E040000 | _UNICODE: to_name or to_address,
        0x10000000 | _UNICODE: body,
        0x340D0000 | _INT32: 0x40000,  # store support mask: strings are Unicode
    }
    if html is not None:
        props[0x10130000 | _BINARY] = html.encode()
    if message_id is not None:
        props[0x10350000 | _UNICODE] = message_id
    if sent is not None:
        props[0x00390000 | _TIME] = (sent - _FILETIME_EPOCH) // timedelta(microseconds=1) * 10  # 100 ns ticks
    header = struct.pack("<8xIIII8x", 1, len(attachments), 1, len(attachments))
    root = _storage("Root Entry", props, header)
    root.children.append(
        _Entry(
            "__nameid_version1.0",
            None,
            [_Entry(f"__substg1.0_000{n}0102", b"") for n in (2, 3, 4)],
        )
    )
    recipient: dict[int, str | bytes | int] = {
        0x0C150000 | _INT32: 1,  # recipient type: To
        0x30010000 | _UNICODE: to_name or to_address,
        0x39FE0000 | _UNICODE: to_address,
    }
    root.children.append(_storage("__recip_version1.0_#00000000", recipient, b"\0" * 8))
    for index, (name, data) in enumerate(attachments):
        attachment: dict[int, str | bytes | int] = {
            0x37050000 | _INT32: 1,  # attach method: by value
            0x37070000 | _UNICODE: name,
            0x37010000 | _BINARY: data,
        }
        if content_ids and name in content_ids:
            attachment[0x37120000 | _UNICODE] = content_ids[name]
        root.children.append(_storage(f"__attach_version1.0_#{index:08X}", attachment, b"\0" * 8))
    return _compound_file(root)


def _compound_file(root: _Entry) -> bytes:
    """``root`` and everything under it as a version 3 compound file (512-byte sectors)."""
    entries: list[_Entry] = []
    _number(root, entries)
    mini = b""
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries[1:]:
        if entry.data is None or not entry.data:
            continue
        if len(entry.data) < _MINI_CUTOFF:
            entry.start = len(mini_fat)
            count = -(-len(entry.data) // _MINI_SECTOR)
            mini_fat += [*range(entry.start + 1, entry.start + count), _END]
            mini += entry.data.ljust(count * _MINI_SECTOR, b"\0")
        else:
            big.append(entry)
    per_sector = _SECTOR // 4
    chains = [
        -(-len(entries) * 128 // _SECTOR),
        -(-len(mini_fat) // per_sector),
        -(-len(mini) // _SECTOR),
        *(-(-len(entry.data or b"") // _SECTOR) for entry in big),
    ]
    fat_sectors = 1
    while fat_sectors * per_sector < fat_sectors + sum(chains):
        fat_sectors += 1
    assert fat_sectors <= 109, "a test fixture this large needs DIFAT sectors"
    fat = [_FAT_SECT] * fat_sectors
    starts: list[int] = []
    for count in chains:
        starts.append(len(fat) if count else _END)
        fat += [*range(len(fat) + 1, len(fat) + count), _END] if count else []
    directory_start, mini_fat_start, mini_start, *big_starts = starts
    root.data, root.start = mini, mini_start
    for entry, start in zip(big, big_starts, strict=True):
        entry.start = start
    header = struct.pack(
        "<8s16sHHHHH6xIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"",
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        0,
        fat_sectors,
        directory_start,
        0,
        _MINI_CUTOFF,
        mini_fat_start,
        chains[1],
        _END,
        0,
    ) + struct.pack("<109I", *range(fat_sectors), *[_FREE] * (109 - fat_sectors))
    fat += [_FREE] * (fat_sectors * per_sector - len(fat))
    body = [
        struct.pack(f"<{len(fat)}I", *fat),
        b"".join(_directory_entry(entry, index == 0) for index, entry in enumerate(entries)),
        struct.pack(f"<{len(mini_fat)}I", *mini_fat),
        mini,
        *(entry.data or b"" for entry in big),
    ]
    sectors = [part.ljust(-(-len(part) // _SECTOR) * _SECTOR, b"\0") for part in body[1:]]
    # Unused directory slots must be empty entries, whose sibling and child fields are NOSTREAM, not zero.
    empty = struct.pack("<64sHBBIII", b"", 0, 0, 0, _NO_STREAM, _NO_STREAM, _NO_STREAM).ljust(128, b"\0")
    sectors[0] = body[1] + empty * ((len(sectors[0]) - len(body[1])) // 128)
    sectors[1] = body[2] + struct.pack("<I", _FREE) * ((len(sectors[1]) - len(body[2])) // 4)
    return header + body[0] + b"".join(sectors)


def _number(storage: _Entry, entries: list[_Entry]) -> None:
    """Append ``storage`` and its descendants to ``entries``, linking each storage's children as a tree."""
    entries.append(storage)
    # Siblings form a red-black tree ordered by name length, then by upper-cased name (MS-CFB 2.6.4).
    ordered = sorted(storage.children, key=lambda entry: (len(entry.name), entry.name.upper()))
    storage.child = _tree(ordered, entries, 0, len(ordered).bit_length() - 1)


def _tree(ordered: list[_Entry], entries: list[_Entry], level: int, deepest: int) -> int:
    """The directory index of the median of ``ordered``, with both halves as its subtrees.

    A median split puts every empty link on the last two levels, so colouring the deepest level red and the
    rest black gives every path the same number of black nodes.
    """
    if not ordered:
        return _NO_STREAM
    middle = len(ordered) // 2
    node = ordered[middle]
    index = len(entries)
    node.red = 0 < level == deepest
    if node.data is None:
        _number(node, entries)
    else:
        entries.append(node)
    node.left = _tree(ordered[:middle], entries, level + 1, deepest)
    node.right = _tree(ordered[middle + 1 :], entries, level + 1, deepest)
    return index


def _directory_entry(entry: _Entry, is_root: bool) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    kind = 5 if is_root else 1 if entry.data is None else 2
    size = len(entry.data or b"")
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        kind,
        0 if entry.red else 1,
        entry.left,
        entry.right,
        entry.child,
        b"",
        0,
        0,
        0,
        entry.start if size else (_END if entry.data is not None else 0),
        size,
    )
