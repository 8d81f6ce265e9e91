"""Token budgets: fit a conversation into the model's context, and account for what it used.

Counts use tiktoken's cl100k ranks (offline) for every backend. For the embedded Qwen model that
is an approximation; the per-message overhead below leaves room for its chat template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.messages import BaseMessage, SystemMessage, trim_messages

from interviewer.token_count import count_tokens, truncate_tokens

#: Tokens a chat template adds around each message (role markers, separators).
MESSAGE_OVERHEAD = 6


class BudgetError(ValueError):
    """The parts that may never be dropped do not fit the context at all."""


def count_message_tokens(messages: Sequence[BaseMessage]) -> int:
    return sum(count_tokens(str(m.content)) + MESSAGE_OVERHEAD for m in messages)


def fit_to_context(
    messages: Sequence[BaseMessage], context_tokens: int, max_output_tokens: int
) -> list[BaseMessage]:
    """Keep the system messages and the newest message; drop the oldest turns in between first.

    The system messages carry the current question and its guide context, and the newest message
    is what the model must answer, so neither is ever dropped; an oversized newest message is cut
    to what fits instead.
    """
    limit = context_tokens - max_output_tokens
    system = [m for m in messages if isinstance(m, SystemMessage)]
    room = limit - count_message_tokens(system)
    if room <= MESSAGE_OVERHEAD:
        raise BudgetError(
            f"the system prompt needs {count_message_tokens(system)} tokens, more than the "
            f"{limit} that a {context_tokens}-token context leaves beside {max_output_tokens} "
            "reply tokens; raise INTERVIEWER_LLM_CONTEXT or lower INTERVIEWER_LLM_MAX_TOKENS"
        )
    newest = messages[-1]
    if count_message_tokens([newest]) > room:
        cut = newest.model_copy(
            update={"content": truncate_tokens(str(newest.content), room - MESSAGE_OVERHEAD)}
        )
        return [*system, cut]
    return trim_messages(
        list(messages),
        max_tokens=limit,
        token_counter=count_message_tokens,
        strategy="last",
        include_system=True,
        allow_partial=False,
    )


@dataclass
class TokenLedger:
    """Tokens one session used, and what they cost where the backend is OpenAI."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def add(self, prompt_tokens: int, completion_tokens: int) -> None:
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        self.calls += 1

    def cost_usd(self, price_input_per_million: float, price_output_per_million: float) -> float:
        return (
            self.prompt_tokens * price_input_per_million
            + self.completion_tokens * price_output_per_million
        ) / 1_000_000
