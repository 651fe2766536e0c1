"""Document sections over the SDK: the computed ``rendered-content`` and the ``sort`` a create without one gets."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import ITGlueClient
from tests.emulator.helpers import JSON_API

HEADERS = {"content-type": JSON_API}


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=2, seed=11) as running:
        yield running


@pytest.fixture
def sdk(emulator: Emulator) -> Iterator[ITGlueClient]:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as made:
        yield made


@pytest.fixture
def document_id(sdk: ITGlueClient) -> str:
    organization_id = int(next(iter(sdk.organizations.list(page_size=1))).id)
    return sdk.documents.within(organization_id=organization_id).create({"name": "Sections"}).id


def _image(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_rendered_content_of_each_kind_on_create_list_and_show(
    sdk: ITGlueClient, emulator: Emulator, document_id: str, tmp_path: Path
) -> None:
    heading = sdk.documents.add_section(document_id, "heading", content="Fix <now> & check", level=3)
    assert heading.attributes.rendered_content == "<h3>Fix &lt;now&gt; &amp; check</h3>"
    untitled = sdk.documents.add_section(document_id, "heading", content="Plain")
    text = sdk.documents.add_section(document_id, "text", content="<p>Create the user in <b>AD</b>.</p>")
    step = sdk.documents.add_section(document_id, "step", content="<p>Open the console</p>", duration=5)
    gallery = sdk.documents.add_section(document_id, "gallery")
    assert gallery.attributes.rendered_content == ""
    # Uploaded out of name order: the rendered images follow their ids.
    second = sdk.documents.add_image(_image(tmp_path, "z.png", b"\x89PNG-z"), gallery=gallery)
    first_name = 'shot "1" & <b>.png'
    third = sdk.documents.add_image(_image(tmp_path, first_name, b"\x89PNG-a"), gallery=gallery)
    stepped = sdk.documents.add_image(_image(tmp_path, "step.png", b"\x89PNG-s"), gallery=step)

    def url(image_id: str) -> str:
        return f"{emulator.base_url}/_emulator/files/document-images/{image_id}"

    expected = {
        heading.id: "<h3>Fix &lt;now&gt; &amp; check</h3>",
        untitled.id: "<h1>Plain</h1>",
        text.id: "<p>Create the user in <b>AD</b>.</p>",
        step.id: f'<p>Open the console</p><img src="{url(stepped.id)}" alt="step.png">',
        gallery.id: (
            f'<img src="{url(second.id)}" alt="z.png">'
            f'<img src="{url(third.id)}" alt="shot &quot;1&quot; &amp; &lt;b&gt;.png">'
        ),
    }
    sections = sdk.document_sections.within(document_id=document_id)
    assert {s.id: s.attributes.rendered_content for s in sections.list()} == expected
    assert sections.get(gallery.id).attributes.rendered_content == expected[gallery.id]
    # The URL in the rendered content is the image's own download URL.
    shown = sdk.document_images.get(second.id).attributes.urls
    assert shown is not None
    assert shown.additional_properties["original"] == url(second.id)


def test_rendered_content_follows_writes_and_ignores_what_is_sent(
    sdk: ITGlueClient, emulator: Emulator, document_id: str, tmp_path: Path
) -> None:
    # The SDK refuses to write rendered-content, so the ignored value goes out raw.
    url = f"/documents/{document_id}/relationships/sections"
    sent = {"resource-type": "Document::Text", "content": "<p>a</p>", "rendered-content": "<p>x</p>"}
    created = sdk.http.post(url, json={"data": {"type": "document-sections", "attributes": sent}}, headers=HEADERS)
    assert created.status_code == 201, created.text
    assert created.json()["data"]["attributes"]["rendered-content"] == "<p>a</p>"
    text_id = created.json()["data"]["id"]
    changed = {"content": "<p>b</p>", "rendered-content": "<p>y</p>"}
    patch = {"data": {"type": "document-sections", "attributes": changed}}
    assert sdk.http.patch(f"{url}/{text_id}", json=patch, headers=HEADERS).status_code == 200
    sections = sdk.document_sections.within(document_id=document_id)
    assert sections.get(text_id).attributes.rendered_content == "<p>b</p>"
    gallery = sdk.documents.add_section(document_id, "gallery")
    image = sdk.documents.add_image(_image(tmp_path, "a.png", b"\x89PNG"), gallery=gallery)
    sdk.document_images.delete(image.id)
    assert sections.get(gallery.id).attributes.rendered_content == ""


def test_sections_without_sort_follow_the_documents_last(sdk: ITGlueClient, document_id: str) -> None:
    sections = sdk.document_sections.within(document_id=document_id)
    first = sdk.documents.add_section(document_id, "heading", content="One")
    second = sdk.documents.add_section(document_id, "text", content="<p>Two</p>")
    explicit = sections.create({"resource_type": "Document::Text", "content": "<p>Ten</p>", "sort": 10})
    after = sdk.documents.add_section(document_id, "step", content="<p>Eleven</p>")
    zero = sections.create({"resource_type": "Document::Text", "content": "<p>Zero</p>", "sort": 0})
    assert [s.attributes.sort for s in (first, second, explicit, after, zero)] == [1, 2, 10, 11, 0]
    assert {s.id: s.attributes.sort for s in sections.list()} == {
        first.id: 1,
        second.id: 2,
        explicit.id: 10,
        after.id: 11,
        zero.id: 0,
    }


def test_generated_sections_render_too(sdk: ITGlueClient, emulator: Emulator) -> None:
    document = next(iter(emulator.store.records("documents")))
    listed = list(sdk.document_sections.within(document_id=document["id"]).list())
    assert listed
    assert [s.attributes.sort for s in listed] == list(range(1, len(listed) + 1))
    for section in listed:
        attributes = section.attributes
        if attributes.resource_type == "Document::Heading":
            level = attributes.level
            assert attributes.rendered_content == f"<h{level}>{html.escape(str(attributes.content))}</h{level}>"
        else:
            assert attributes.rendered_content == attributes.content
