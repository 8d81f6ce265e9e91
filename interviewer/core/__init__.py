"""Pure interview logic: the state machine, plans and wording.

No I/O beyond reading the packaged wording, no model, no store: everything here is unit-testable
on plain values. May import: the foundation (``types``, ``settings``, ``prompt_files``) and
``knowledge.schema`` (data only).
"""
