"""Pure interview logic: the state machine, plans, wording, and the types shared across layers.

No I/O beyond reading the packaged wording, no model, no store: everything here is unit-testable
on plain values. May import: ``settings``, ``prompt_files``, ``knowledge.schema`` (data only).
"""
