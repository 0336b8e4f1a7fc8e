"""Pages written to attack the review desk: their text must be shown, never run (used by the server tests)."""

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"

HOSTILE = """<html><head><title>Attack <script>window.pwned=1</script></title></head><body><article>
<p>Gunmen killed 3 soldiers in an ambush near Mosul, Nineveh, on Monday <script>window.pwned=2</script>, the
army said. <img src=x onerror="window.pwned=3"> Islamic State claimed the attack through Amaq.</p>
</article></body></html>"""

HOSTILE_TEXT = """Gunmen killed 4 policemen in an attack on a checkpoint in Kirkuk on Tuesday, police said.
<script>window.pwned=5</script> <img src=x onerror="window.pwned=6"> <a href="javascript:window.pwned=7">more</a>
"""
