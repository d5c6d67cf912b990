"""Start two `kds build` at once on a copy of the project, ROUNDS times, and check only the
final state: every table present, the package valid, no staging folder left, and each
build either succeeded or was refused by the lock with its one-line message.

    .venv/bin/python benchmarks/concurrent_builds.py [ROUNDS]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KDS = str(Path(sys.executable).with_name("kds"))


def main(rounds: int = 20) -> int:
    refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):
            root = Path(tmp) / f"p{n}"
            root.mkdir()
            for part in ("seeds", "schemas"):
                shutil.copytree(ROOT / part, root / part)
            shutil.copy2(ROOT / "pyproject.toml", root)
            procs = [subprocess.Popen([KDS, "build", "--root", str(root)], stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
            for proc in procs:
                out, err = proc.communicate()
                if proc.returncode == 1 and "another kds process" in err:
                    refused += 1
                elif proc.returncode != 0:
                    print(f"round {n}: exit {proc.returncode}: {err.strip()}")
                    return 1
            tables = sorted(p.name for p in (root / "data").iterdir())
            ok = subprocess.run([KDS, "validate", str(root)], capture_output=True).returncode == 0
            if len(tables) != 9 or not ok or list(root.glob(".kds-tmp-*")):
                print(f"round {n}: {len(tables)} tables, valid={ok}, stages left={list(root.glob('.kds-tmp-*'))}")
                return 1
    print(f"{rounds} rounds of two concurrent builds: 9 tables and a valid package every time; "
          f"{refused} of {2 * rounds} builds refused by the lock")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
