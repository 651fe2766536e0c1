"""``itglue completion bash|zsh|fish``: print the shell completion script.

Completion runs `itglue` itself (click's protocol, ``_ITGLUE_COMPLETE``), so it offers what the command would
accept: commands, the resource groups and their actions, and for resource commands the spec's filter names,
sort fields, include names and columns. Install, for example, with
``itglue completion bash >> ~/.bashrc`` (or ``eval "$(itglue completion bash)"``).
"""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

from itglue_sdk.cli.context import COMPLETE_VAR, EXIT_OK, PROG, Command

SHELLS = ("bash", "zsh", "fish")


@click.command(cls=Command)
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> int:
    """Print the completion script for SHELL (bash, zsh or fish).

    bash: eval "$(itglue completion bash)" in ~/.bashrc; zsh: eval "$(itglue completion zsh)" in ~/.zshrc;
    fish: itglue completion fish > ~/.config/fish/completions/itglue.fish
    """
    from itglue_sdk.cli.app import cli  # noqa: PLC0415 - the root group, to complete against

    completer = get_completion_class(shell)
    assert completer is not None  # the Choice above admits only shells click knows
    click.echo(completer(cli, {}, PROG, COMPLETE_VAR).source())
    return EXIT_OK
