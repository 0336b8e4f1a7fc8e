"""Evidence for each field the rules decided: which rule, from which characters.

Every event leaves extraction with ``Event.trace[field]`` for each field that has a value, so a reviewer (and the
review queue) can see what a value rests on. The rules give no probability: their ``confidence`` stays None, and a
learned component that re-decides a field replaces its evidence with its own (``source="model:…"``).
"""

from __future__ import annotations

from sitrep.model import Count, Event, Evidence, Span, trusted_evidence

RULES: dict[str, tuple[str, str | None]] = {
    "event_type": ("rule:classify", "trigger"),
    "sub_event_type": ("rule:classify", "trigger"),
    "actor1": ("rule:perpetrator", "actor1"),
    "actor2": ("rule:target", "actor2"),
    "target_category": ("rule:target", "actor2"),
    "date_start": ("rule:date", "date"),
    "status": ("rule:status", None),
}
"""Field → (the rule that decides it, the key in ``Event.spans`` of the characters it reads)."""


def rule_trace(event: Event) -> dict[str, Evidence]:
    """The rules' evidence for every field of ``event`` that has a value (counts and place included)."""
    # (made with ``trusted_evidence``, model_construct without its walk over the fields: the sources and details are
    # the strings below and the spans are the event's own records, already validated; a document has ten or so of
    # these, and validating them again, or walking the fields, was measurable)
    trace: dict[str, Evidence] = {}
    for name, (source, key) in RULES.items():
        if getattr(event, name) is None:
            continue
        span = event.spans.get(key) if key else None
        trace[name] = trusted_evidence(source, [span] if span else [])
    if event.place is not None:
        trace["place"] = trusted_evidence("rule:place", [event.place.span] if event.place.span else [],
                                          f"first of {len(event.places)} candidate place(s)")
    for name in ("killed", "wounded", "killed_or_wounded", "captured"):
        count: Count | None = getattr(event, name)
        if count is not None:
            spans: list[Span] = [count.span] if count.span else []
            trace[name] = trusted_evidence("rule:counts", spans, "vague quantity" if count.vague else "")
    return trace
