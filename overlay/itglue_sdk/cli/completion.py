"""``itglue completion [bash|zsh|fish] [--install]``: print, or install, the shell completion script.

Completion runs `itglue` itself (click's protocol, ``_ITGLUE_COMPLETE``), so it offers what the command would
accept: commands, the resource groups and their actions, and for resource commands the spec's filter names,
sort fields, include names and columns. Without SHELL the shell is the one ``$SHELL`` names.

``--install`` (or ``itglue --install-completion``) writes the script where the shell finds it and says what it
did; run again, it changes nothing that is already in place:

- bash: ``~/.bash_completion.d/itglue``, loaded by a line added to ``~/.bashrc``;
- zsh: ``~/.zfunc/_itglue``, with ``~/.zfunc`` put on ``fpath`` by lines added to ``~/.zshrc`` (``$ZDOTDIR``'s,
  when set); the lines also register it when ``compinit`` already ran;
- fish: ``~/.config/fish/completions/itglue.fish`` (under ``$XDG_CONFIG_HOME`` when set), which fish loads by
  itself.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import click
from click.shell_completion import get_completion_class

from itglue_sdk.cli.context import COMPLETE_VAR, EXIT_OK, PROG, Command, CommandLineError

SHELLS: Final = ("bash", "zsh", "fish")

MARKER: Final = f"# {PROG} shell completion (added by `{PROG} completion --install`)"
"""The comment that opens the lines added to a shell's start-up file; its presence means they are there."""


def detect_shell(environ: Mapping[str, str] | None = None) -> str:
    """The user's shell, from the last part of ``$SHELL``.

    Args:
        environ: Where to read ``SHELL``; ``os.environ`` when omitted.

    Returns:
        ``bash``, ``zsh`` or ``fish``.

    Raises:
        CommandLineError: ``$SHELL`` is unset or names another shell.
    """
    value = (os.environ if environ is None else environ).get("SHELL", "")
    name = Path(value).name
    if name in SHELLS:
        return name
    said = f"SHELL={value}" if value else "SHELL is not set"
    raise CommandLineError(f"cannot tell the shell ({said}); name it: {PROG} completion bash|zsh|fish --install")


def completion_script(shell: str, root: click.Command) -> str:
    """The completion script for a shell, ending with a newline.

    Args:
        shell: ``bash``, ``zsh`` or ``fish``.
        root: The `itglue` command, to complete against.

    Returns:
        The script click makes for the command.
    """
    completer = get_completion_class(shell)
    if completer is None:  # pragma: no cover - the callers admit only the shells of SHELLS
        raise CommandLineError(f"no completion for shell {shell!r}")
    return completer(root, {}, PROG, COMPLETE_VAR).source().rstrip("\n") + "\n"


@dataclass(frozen=True)
class Target:
    """Where a shell's completion goes.

    Attributes:
        script: The file the script is written to.
        rc: The start-up file that must load it, if the shell does not find it by itself.
        rc_lines: What to add to ``rc`` (after `MARKER`).
    """

    script: Path
    rc: Path | None = None
    rc_lines: tuple[str, ...] = ()


def install_target(shell: str, environ: Mapping[str, str] | None = None) -> Target:
    """Where `install` puts a shell's completion (see the module's description).

    Args:
        shell: ``bash``, ``zsh`` or ``fish``.
        environ: Where to read ``HOME``, ``ZDOTDIR`` and ``XDG_CONFIG_HOME``; ``os.environ`` when omitted.

    Returns:
        The files to write.
    """
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if shell == "bash":
        script = home / ".bash_completion.d" / PROG
        line = f'[ -f "$HOME/.bash_completion.d/{PROG}" ] && . "$HOME/.bash_completion.d/{PROG}"'
        return Target(script, home / ".bashrc", (line,))
    if shell == "zsh":
        rc_dir = Path(env["ZDOTDIR"]) if env.get("ZDOTDIR") else home
        return Target(
            home / ".zfunc" / f"_{PROG}",
            rc_dir / ".zshrc",
            (
                'fpath=("$HOME/.zfunc" $fpath)',
                f"(( $+functions[compdef] )) && {{ autoload -Uz _{PROG}; compdef _{PROG} {PROG} }}",
            ),
        )
    config = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    return Target(config / "fish" / "completions" / f"{PROG}.fish")


def install(shell: str, root: click.Command, environ: Mapping[str, str] | None = None) -> list[str]:
    """Write a shell's completion script and make the shell load it; what is already in place stays as it is.

    Args:
        shell: ``bash``, ``zsh`` or ``fish``.
        root: The `itglue` command, to complete against.
        environ: Where to read ``HOME`` and the shell's folders; ``os.environ`` when omitted.

    Returns:
        One line per thing done or found done, for the user.
    """
    target = install_target(shell, environ)
    script = completion_script(shell, root)
    done = []
    if target.script.is_file() and target.script.read_text(encoding="utf-8") == script:
        done.append(f"{target.script} is up to date")
    else:
        verb = "updated" if target.script.exists() else "wrote"
        target.script.parent.mkdir(parents=True, exist_ok=True)
        target.script.write_text(script, encoding="utf-8")
        done.append(f"{verb} {target.script}")
    if target.rc is None:
        done.append(f"{shell} loads {target.script.parent} by itself: new shells complete {PROG}")
        return done
    existing = target.rc.read_text(encoding="utf-8") if target.rc.is_file() else ""
    if MARKER in existing:
        done.append(f"{target.rc} already loads it")
    else:
        separator = "" if not existing or existing.endswith("\n") else "\n"
        with target.rc.open("a", encoding="utf-8") as rc:
            rc.write(separator + "\n".join((MARKER, *target.rc_lines)) + "\n")
        done.append(f"added to {target.rc}: " + "; ".join(target.rc_lines))
    done.append(f"open a new shell (or run `. {target.rc}`) to complete {PROG}")
    return done


@click.command(cls=Command)
@click.argument("shell", type=click.Choice(SHELLS), required=False)
@click.option("--install", is_flag=True, help="Write the script where the shell loads it (instead of printing it).")
def completion(shell: str | None, install: bool) -> int:
    """Print the completion script for SHELL (bash, zsh or fish; default: the one $SHELL names), or install it.

    --install writes it for you: bash ~/.bash_completion.d/itglue (+ a line in ~/.bashrc), zsh ~/.zfunc/_itglue
    (+ lines in ~/.zshrc), fish ~/.config/fish/completions/itglue.fish. By hand instead: eval "$(itglue completion
    bash)" in ~/.bashrc; eval "$(itglue completion zsh)" in ~/.zshrc; itglue completion fish >
    ~/.config/fish/completions/itglue.fish
    """
    chosen = shell or detect_shell()
    root = click.get_current_context().find_root().command
    if install:
        for line in _install(chosen, root):
            click.echo(line)
    else:
        click.echo(completion_script(chosen, root), nl=False)
    return EXIT_OK


def _install(shell: str, root: click.Command) -> list[str]:
    try:
        return install(shell, root)
    except OSError as exc:
        raise click.ClickException(f"cannot install {shell} completion: {exc}") from exc


def install_completion_option(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """The ``--install-completion`` flag of `itglue`: install for the shell ``$SHELL`` names, then stop.

    Args:
        ctx: The root command's context.
        param: The option.
        value: Whether the flag was given.
    """
    if not value or ctx.resilient_parsing:
        return
    for line in _install(detect_shell(), ctx.command):
        click.echo(line)
    ctx.exit(EXIT_OK)
