"""``itglue --install-completion`` and ``itglue completion [SHELL] --install``, with HOME in a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from itglue_sdk.cli.completion import MARKER

from .conftest import Cli


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    for name in ("ZDOTDIR", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return folder


def test_bash_install_is_idempotent_keeps_the_bashrc_and_completes(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHELL", "/usr/bin/bash")
    (home / ".bashrc").write_text("alias ll='ls -l'")  # no final newline: the added lines must not join it
    first = cli("--install-completion")
    assert first.code == 0, first.err
    script = home / ".bash_completion.d" / "itglue"
    assert first.out.splitlines()[:2] == [
        f"wrote {script}",
        f'added to {home / ".bashrc"}: [ -f "$HOME/.bash_completion.d/itglue" ] && . "$HOME/.bash_completion.d/itglue"',
    ]
    assert script.read_text() == cli("completion", "bash").out
    bashrc = (home / ".bashrc").read_text()
    assert bashrc.startswith("alias ll='ls -l'\n" + MARKER + "\n")
    again = cli("completion", "--install")  # the shell from $SHELL again, by the subcommand this time
    assert again.code == 0, again.err
    assert again.out.splitlines()[:2] == [f"{script} is up to date", f"{home / '.bashrc'} already loads it"]
    assert (home / ".bashrc").read_text() == bashrc
    script.write_text("# an older script\n")
    assert cli("completion", "bash", "--install").out.startswith(f"updated {script}\n")
    assert (home / ".bashrc").read_text().count(MARKER) == 1

    # A new bash that reads the .bashrc completes group names with the installed script.
    probe = (
        ". ~/.bashrc; COMP_WORDS=(itglue organiz); COMP_CWORD=1; _itglue_completion itglue organiz itglue; "
        'echo "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "HOME": str(home), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(  # noqa: S603
        [bash, "--norc", "--noprofile", "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["organization_statuses", "organization_types", "organizations"]


def test_zsh_install_puts_the_function_on_fpath(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELL", "/bin/bash")  # a named shell wins over $SHELL
    result = cli("completion", "zsh", "--install")
    assert result.code == 0, result.err
    function = home / ".zfunc" / "_itglue"
    assert function.read_text().startswith("#compdef itglue\n")
    zshrc = (home / ".zshrc").read_text()
    assert zshrc.splitlines()[:2] == [MARKER, 'fpath=("$HOME/.zfunc" $fpath)']
    assert "compdef _itglue itglue" in zshrc
    assert not (home / ".bashrc").exists()
    assert f"added to {home / '.zshrc'}" in result.out
    cli("completion", "zsh", "--install")
    assert (home / ".zshrc").read_text() == zshrc

    zdotdir = home / "zdot"
    zdotdir.mkdir()
    monkeypatch.setenv("ZDOTDIR", str(zdotdir))
    assert cli("completion", "zsh", "--install").code == 0
    assert MARKER in (zdotdir / ".zshrc").read_text()


def test_fish_install_writes_the_completions_file_only(cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELL", "/opt/homebrew/bin/fish")
    result = cli("--install-completion")
    assert result.code == 0, result.err
    target = home / ".config" / "fish" / "completions" / "itglue.fish"
    assert target.read_text() == cli("completion", "fish").out
    assert result.out.splitlines()[0] == f"wrote {target}"
    assert sorted(path.name for path in home.iterdir()) == [".config"]  # no start-up file touched
    assert cli("--install-completion").out.splitlines()[0] == f"{target} is up to date"

    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg"))
    assert cli("--install-completion").code == 0
    assert (home / "xdg" / "fish" / "completions" / "itglue.fish").is_file()


@pytest.mark.parametrize("shell", ["/bin/tcsh", ""])
def test_an_unknown_shell_is_a_usage_error_and_writes_nothing(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch, shell: str
) -> None:
    monkeypatch.setenv("SHELL", shell)
    for args in (("--install-completion",), ("completion", "--install")):
        result = cli(*args)
        assert result.code == 2
        assert "cannot tell the shell" in result.err
        assert "itglue completion bash|zsh|fish --install" in result.err
        assert result.err.count("\n") == 1
    assert list(home.iterdir()) == []
