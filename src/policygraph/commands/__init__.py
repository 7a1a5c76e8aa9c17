"""Groups of CLI commands, each module owning its commands.

Every module here has ``register(app: typer.Typer) -> None``; :mod:`policygraph.cli`
calls them in the order of :data:`MODULES`.
"""

MODULES: tuple[str, ...] = ("analyst", "store")
