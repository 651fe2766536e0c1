"""The folder of runbooks and the mailbox the end-to-end import tests use, made by the tests themselves."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

from tests.importers.msgfile import build_msg
from tests.importers.test_markup import make_docx

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

VPN = """# VPN

Connect from **outside** the office only.

## Steps

1. Open the client
2. Sign in with MFA

![diagram](img/diagram.png)

![tracking pixel](https://tracker.example.com/pixel.png)
"""


def make_runbooks(root: Path) -> Path:
    """A tree holding every kind of file the import handles, and the bad ones it must report.

    Returns:
        The folder (``root/runbooks``).
    """
    folder = root / "runbooks"
    files: dict[str, bytes] = {
        "network/vpn.md": VPN.encode(),
        "network/img/diagram.png": PNG,
        "network/wifi/guest.md": b"# Guest Wi-Fi\n\nThe password rotates monthly.\n",
        "onboarding.html": (
            b"<html><head><title>x</title><script>steal()</script></head><body><h1>Onboarding</h1>"
            b'<p onclick="steal()">Create the account.</p><a href="javascript:steal()">click</a>'
            b"<script>alert(1)</script></body></html>"
        ),
        "legacy.txt": "Café crème: the old server's notes.\n".encode("latin-1"),
        "policies/handbook.docx": make_docx(),
        "contracts/msa.pdf": PDF,
        "broken.md": b"# Broken\n\n![gone](img/missing.png)\n",
    }
    for relative, data in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with (folder / "archive.iso").open("wb") as huge:
        huge.truncate(11 * 1024 * 1024)  # sparse: over the gateway's limit without using the disk
    return folder


def _message(subject: str, message_id: str) -> EmailMessage:
    made = EmailMessage()
    made["From"] = "Alice Example <alice@example.com>"
    made["To"] = "Service Desk <desk@msp.example>"
    made["Cc"] = "Bob <bob@example.com>"
    made["Subject"] = subject
    made["Date"] = "Mon, 06 May 2024 07:08:09 +0000"
    made["Message-ID"] = message_id
    return made


def make_mailbox(root: Path) -> Path:
    """An mbox with a plain message, an HTML one with an inline image, one with attachments, one in a legacy
    charset and a corrupt one; and an Outlook .msg beside it.

    Returns:
        The folder holding ``inbox.mbox`` and ``fax.msg``.
    """
    folder = root / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    box = mailbox.mbox(folder / "inbox.mbox")
    plain = _message("Printer down", "<plain@example.com>")
    plain.set_content("The printer on floor 2 is down.\nIt says PC LOAD LETTER.")
    box.add(plain)

    html = _message("New firewall rules", "<html@example.com>")
    html.set_content("Rules are in the HTML part.")
    html.add_alternative(
        '<p onmouseover="steal()">Rules attached below.</p><img src="cid:rules-diagram"><script>alert(1)</script>',
        subtype="html",
    )
    html.get_payload()[1].add_related(PNG, "image", "png", cid="<rules-diagram>", filename="rules.png")
    box.add(html)

    attached = _message("Contract renewal", "<attached@example.com>")
    attached.set_content("Both documents are attached.")
    attached.add_attachment(PDF, maintype="application", subtype="pdf", filename="renewal.pdf")
    attached.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="prices.csv")
    box.add(attached)

    legacy = (
        b"From: =?iso-8859-1?q?J=FCrgen_M=FCller?= <juergen@example.de>\n"
        b"To: desk@msp.example\nSubject: =?iso-8859-1?q?Gr=FC=DFe_aus_M=FCnchen?=\n"
        b"Date: Tue, 07 May 2024 10:00:00 +0200\nMessage-ID: <legacy@example.de>\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        b"Sch\xf6ne Gr\xfc\xdfe, der Server l\xe4uft wieder.\n"
    )
    box.add(legacy)
    box.add(b"\x00\x01\x02 not a message at all \xff\xfe\n")
    box.flush()
    box.close()
    (folder / "fax.msg").write_bytes(
        build_msg(
            "Fax machine retired",
            "Carol <carol@example.com>",
            "desk@msp.example",
            "The fax machine was retired today.",
            attachments=[("retirement.pdf", PDF)],
            message_id="<fax@example.com>",
        )
    )
    return folder
