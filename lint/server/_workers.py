"""uvicorn's multi-worker supervisor for ``copydesk serve --workers N`` (N > 1).

``lint.server._serve`` checks the settings, then replaces itself with this module, started with
the settings in its ``COPYDESK_*`` environment: each worker uvicorn spawns reads them from there.
``--remove-when-done DIR`` names the metrics folder that ``serve`` made, removed on the way out.
"""

from __future__ import annotations

import shutil
import sys

from ._serve import uvicorn_options
from ._settings import ServerSettings


def main(arguments: list[str]) -> int:
    import uvicorn

    made = arguments[1] if arguments[:1] == ["--remove-when-done"] else None
    settings = ServerSettings.from_env()
    try:
        uvicorn.run("lint.server:app", workers=settings.workers, **uvicorn_options(settings))
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
