"""``python -m lint`` runs the copydesk command line."""

from __future__ import annotations

from lint._command import main

if __name__ == "__main__":
    main()
