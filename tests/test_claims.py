"""The rules claim checker: the runtime guard's and the evals' shared judge."""

from __future__ import annotations

import pytest

from interviewer.judging.claim_checker import ClaimChecker, split_claims
from interviewer.judging.matching import Matcher
from interviewer.types import Verdict

ANSWER = (
    "Drift is when the model gets worse over time. "
    "Data drift is when the input features change distribution."
)


@pytest.fixture(scope="module")
def checker(knowledge, embeddings):
    return ClaimChecker(Matcher(knowledge, embeddings))


@pytest.fixture(scope="module")
def drift_contexts(knowledge):
    question = knowledge.question("q10")
    return question.passages


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Good start.", "supported"),  # the grade finds points covered and nothing wrong
        ("What would you monitor in production?", "not_a_claim"),
        ("Let's move on to the next question.", "not_a_claim"),
        ("Concept drift is a change in the relationship between inputs and outputs.", "supported"),
        ("Monitoring and retraining keep production models reliable.", "supported"),
        ("Concept drift is a shift in the input distribution.", "contradicted"),
        ("Data drift means the relationship between inputs and outputs changes.", "contradicted"),
        ("Model drift is not caused by changes in the real-world data.", "contradicted"),
        ("Data drift affects about 40% of deployed models.", "unsupported"),
        ("Teams usually fix drift with TensorFlow Extended.", "unsupported"),
        ("You explained that the model gets worse over time.", "supported"),
        ("You didn't mention concept drift.", "supported"),
        ("You said drift only happens in image models.", "unsupported"),
        ("You did not mention data drift.", "contradicted"),
    ],
)
def test_verdicts(checker, drift_contexts, claim, verdict):
    (result,) = checker.check(claim, drift_contexts, ANSWER)
    assert result.verdict == verdict, result.reason


def test_contradiction_carries_the_guide_evidence(checker, drift_contexts):
    (result,) = checker.check("Concept drift is a shift in the input distribution.", drift_contexts)
    assert (
        result.evidence
        == "Concept drift is a change in the relationship between inputs and outputs."
    )


def test_swapped_confusable_terms_are_contradicted(checker, knowledge):
    question = knowledge.question("q07")
    contexts = [kp.text for kp in question.key_points]
    claim = (
        "Precision is the number of correct predictions divided by the total number of predictions."
    )
    (result,) = checker.check(claim, contexts)
    assert result.verdict == "contradicted" and "accuracy" in result.reason


@pytest.mark.parametrize(
    ("question_id", "claim"),
    [
        ("activations-02", "The sigmoid's derivative is at most 0.5, reached at x = 0."),
        (
            "cross-validation-09",
            "In nested cross-validation an outer loop, such as GridSearchCV, tunes hyperparameters "
            "on the inner training portion only.",
        ),
    ],
)
def test_a_model_sentence_with_one_slip_is_not_supported(checker, knowledge, question_id, claim):
    """The guard reads a model's sentence for the slips the grader reads in an answer (another
    number, two terms exchanged, in the guide's own words) and drops it."""
    contexts = [kp.text for kp in knowledge.question(question_id).key_points]
    (result,) = checker.check(claim, contexts)
    assert result.verdict != "supported", result


def test_claims_split_at_sentences_semicolons_and_contrasts():
    assert split_claims("A is B; C is D. E is F, but G is H.") == [
        "A is B",
        "C is D.",
        "E is F",
        "G is H.",
    ]


def test_calling_a_misconception_right_is_contradicted(checker, knowledge):
    """The answer did say it, so the report is true; calling it correct is what is wrong."""
    question = knowledge.question("q11")
    contexts = question.passages
    answer = "Monitoring only needs to track accuracy."
    (praise,) = checker.check(
        "You correctly identified that monitoring only needs to track accuracy.", contexts, answer
    )
    assert (
        praise.verdict == "contradicted" and praise.evidence == knowledge.key_point("q11.k4").text
    )
    (report,) = checker.check("You said monitoring only needs to track accuracy.", contexts, answer)
    assert report.verdict == "supported"


def test_evaluations_need_the_grade(checker, drift_contexts):
    """Only the grader's findings may say how the candidate did (issue 13)."""
    (alone,) = checker.check("Correct.", drift_contexts)
    assert alone.verdict == "unsupported"
    wrong = "Concept drift is a shift in the input distribution."
    (praise,) = checker.check("Correct.", drift_contexts, wrong)
    assert praise.verdict == "unsupported"
    (criticism,) = checker.check("Not quite.", drift_contexts, wrong)
    assert criticism.verdict == "supported"
    (complete,) = checker.check("That's a complete answer.", drift_contexts, ANSWER)
    assert complete.verdict == "unsupported", "the answer misses concept drift"


def test_praise_of_a_part_needs_the_answer_to_say_it(checker, drift_contexts):
    (said,) = checker.check("Clear definition of data drift.", drift_contexts, ANSWER)
    assert said.verdict == "supported"
    (unsaid,) = checker.check("Nice touch mentioning concept drift.", drift_contexts, ANSWER)
    assert unsaid.verdict == "unsupported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Non-linearity is what lets a network model complex relationships.", "supported"),
        (
            "It's because the network models complex relationships that its activations are "
            "non-linear.",
            "contradicted",
        ),
        (
            "Backpropagation computes the gradients first, and gradient descent then uses them to "
            "update the weights.",
            "supported",
        ),
        (
            "Gradient descent updates the weights first, and backpropagation then computes the "
            "gradients.",
            "contradicted",
        ),
    ],
)
def test_cause_and_order_must_run_the_guides_way(checker, knowledge, claim, verdict):
    (result,) = checker.check(claim, knowledge.question("q06").passages)
    assert result.verdict == verdict, result.reason


def test_a_quantity_said_to_move_the_other_way_is_contradicted(checker, knowledge):
    contexts = knowledge.question("q04").passages
    (result,) = checker.check("Backpropagation nudges the weights so the loss rises.", contexts)
    assert result.verdict == "contradicted", result.reason


def test_a_denial_of_what_the_answer_says_corrects_it(checker, knowledge):
    """The guide never says "the aim isn't zero training error"; the answer aimed at it."""
    answer = "The best is to make the training error zero, then the model is perfect."
    contexts = knowledge.question("q03").passages
    (result,) = checker.check("The aim isn't zero training error.", contexts, answer)
    assert result.verdict == "supported", result.reason
    (alone,) = checker.check("The aim isn't zero training error.", contexts)
    assert alone.verdict == "unsupported"


def test_a_formula_with_another_metrics_quantity_is_contradicted(checker, knowledge):
    contexts = knowledge.question("q07").passages
    (right,) = checker.check("It is correct predictions divided by all predictions.", contexts)
    assert right.verdict == "supported", right.reason
    (wrong,) = checker.check(
        "It is the true positives divided by all predicted positives.", contexts
    )
    assert wrong.verdict == "contradicted" and "posit" in wrong.reason
    # Words other topics use ("proportion", "calls") are ways of speaking, not other quantities.
    (spoken,) = checker.check(
        "Accuracy is the proportion of right calls out of all calls.", contexts
    )
    assert spoken.verdict == "supported", spoken.reason


def test_calling_a_wrong_statement_right_is_contradicted(checker, knowledge):
    answer = "Supervised learning is when the model finds patterns in data."
    (result,) = checker.check(
        "You correctly described supervised learning as finding hidden patterns in the data.",
        knowledge.question("q01").passages,
        answer,
    )
    assert result.verdict == "contradicted", result.reason


def test_opposite_pairs_matched_the_other_way_round_are_contradicted(checker, knowledge):
    contexts = knowledge.question("q09").passages
    (swapped,) = checker.check(
        "You'd undersample the minority class or oversample the majority class.", contexts
    )
    assert swapped.verdict == "contradicted", swapped.reason
    (right,) = checker.check(
        "You'd oversample the minority class or undersample the majority class.", contexts
    )
    assert right.verdict == "supported", right.reason


def test_an_illustration_on_the_guides_topic_is_faithful(checker, knowledge):
    contexts = knowledge.question("q11").passages
    claim = (
        "Say an upstream team renames a column feeding your model: a schema-change check "
        "would catch it and raise an alert."
    )
    (result,) = checker.check(claim, contexts)
    assert result.verdict == "supported", result.reason


def test_advice_asserts_what_it_advises(checker, knowledge):
    contexts = knowledge.question("q09").passages
    (result,) = checker.check(
        "Remember to apply it to the test set as well, so the evaluation sees enough rare cases.",
        contexts,
    )
    assert result.verdict != "supported" and result.verdict != "not_a_claim", result.reason
    (right,) = checker.check("Consider class weights in the loss function.", contexts)
    assert right.verdict == "supported", right.reason


def test_the_two_sides_of_a_pivot_swapped_are_contradicted(checker, knowledge):
    contexts = knowledge.question("q05").passages
    (result,) = checker.check("Transformers replaced self-attention with recurrence.", contexts)
    assert result.verdict == "contradicted", result.reason
    (right,) = checker.check("Transformers replaced recurrence with self-attention.", contexts)
    assert right.verdict == "supported", right.reason


def test_a_term_defined_in_passing_is_checked(checker, drift_contexts):
    (result,) = checker.check(
        "And add data drift, which is a change in the relationship between inputs and outputs.",
        drift_contexts,
    )
    assert result.verdict == "contradicted", result.reason


#: Answers to q08 (cross-validation and the test set): one that misses most points, one
#: complete, one with misconceptions.
WRONG_SPLIT = "We keep a test split so that we have extra data to train on later."
FULL_SPLIT = (
    "Cross-validation trains and evaluates on several partitions, so the estimate is more "
    "robust than a single split. The test set stays separate: it simulates unseen "
    "production data and gives an unbiased measure of generalisation."
)
#: An answer to q08 the grade finds two misconceptions in.
MISTAKEN_SPLIT = (
    "Cross-validation is less stable than a single split because it mixes the data. "
    "Test set we add to training data at the end for more data."
)


@pytest.mark.parametrize(
    "criticism",
    [
        "Hmm, that's not the reason.",  # a denial pointing at the answer
        "It's the other way round.",
        "An example would strengthen it.",  # something the answer would gain
        "One more point worth adding: the test set simulates unseen production data.",
    ],
)
def test_criticism_in_other_words_needs_a_fault_in_the_grade(checker, knowledge, criticism):
    """These say nothing the guide could check about the answer: they criticise it, faithfully
    only when the grade finds something wrong or missing."""
    contexts = knowledge.question("q08").passages
    assert checker.check(criticism, contexts, WRONG_SPLIT)[0].verdict == "supported"
    assert checker.check(criticism, contexts, FULL_SPLIT)[0].verdict == "unsupported"


def test_a_qualifier_after_praise_is_part_of_it(checker, knowledge):
    """ "Correct, though brief." praises the answer: backed by the grade, not by the guide."""
    contexts = knowledge.question("q08").passages
    assert checker.check("Correct, though brief.", contexts, FULL_SPLIT)[0].verdict == "supported"
    assert checker.check("Correct, though brief.", contexts, MISTAKEN_SPLIT)[0].verdict != (
        "supported"
    )


def test_a_report_may_name_a_covered_point_in_the_guides_other_words(checker, knowledge):
    """ "The tools for finding the balance" is how the guide also says the regularisation point;
    a report naming it so is true of an answer that covers it, and of no other."""
    contexts = knowledge.question("q03").passages
    tools = (
        "Too simple is high bias, it underfits; too complex is high variance, it overfits. "
        "Regularisation and cross-validation help find the balance."
    )
    no_tools = "Bias is when the model is too simple, underfitting, and variance is overfitting."
    report = "You named two of the tools for finding the balance."
    assert checker.check(report, contexts, tools)[0].verdict == "supported"
    assert checker.check(report, contexts, no_tools)[0].verdict == "unsupported"
    invented = "You brought up regularisation as a way to find the balance."
    assert checker.check(invented, contexts, no_tools)[0].verdict == "unsupported"


def test_praise_of_a_part_may_name_it_as_the_guide_does(checker, knowledge):
    """ "Correct metrics." praises the evaluation point, which the guide also calls "metrics that
    see the rare class"; it needs the answer to cover that point."""
    contexts = knowledge.question("q09").passages
    metrics = (
        "I'd oversample the minority with SMOTE or use a class-weighted loss. "
        "And I'd report the PR curve, F1 and AUC-PR, not accuracy."
    )
    no_metrics = "I'd oversample the minority with SMOTE or use a class-weighted loss."
    assert checker.check("Correct metrics.", contexts, metrics)[0].verdict == "supported"
    assert checker.check("Correct metrics.", contexts, no_metrics)[0].verdict == "unsupported"


def test_removing_a_component_turns_what_the_guide_says_of_it(checker, knowledge):
    """Removing what the guide says gives a property takes the property away: saying it adds
    the property contradicts the guide, saying it takes it away agrees."""
    contexts = knowledge.question("q06").passages
    more = (
        "Keep in mind that each activation you remove makes the network better at capturing "
        "complex, non-linear relationships."
    )
    less = (
        "Removing the activation functions makes the network unable to model non-linear "
        "relationships."
    )
    assert checker.check(more, contexts)[0].verdict == "contradicted"
    assert checker.check(less, contexts)[0].verdict == "supported"


@pytest.mark.parametrize(
    "praise", ["Perfectly put.", "Solid understanding.", "That's right on both counts."]
)
def test_praise_in_the_everyday_words_of_judging_is_judged_by_the_grade(checker, knowledge, praise):
    contexts = knowledge.question("q08").passages
    assert checker.check(praise, contexts, FULL_SPLIT)[0].verdict == "supported"
    assert checker.check(praise, contexts, MISTAKEN_SPLIT)[0].verdict != "supported"


@pytest.mark.parametrize(
    "criticism",
    [
        "That's a common misconception.",
        "Close, but not quite.",
        "Hmm, not really.",
        "There's a mistake in the second part.",
    ],
)
def test_criticism_in_the_everyday_words_of_judging_is_judged_by_the_grade(
    checker, knowledge, criticism
):
    contexts = knowledge.question("q08").passages
    assert checker.check(criticism, contexts, MISTAKEN_SPLIT)[0].verdict == "supported"
    assert checker.check(criticism, contexts, FULL_SPLIT)[0].verdict != "supported"


@pytest.mark.parametrize(
    "report",
    [
        "You're right that the test set simulates unseen production data.",
        "You clearly understand why the test set stays separate.",
    ],
)
def test_agreeing_with_the_candidate_reports_what_they_said(checker, knowledge, report):
    """True of the guide, but said to a candidate who never mentioned the test set, it is not."""
    contexts = knowledge.question("q08").passages
    cv_only = (
        "Cross-validation trains and evaluates on several partitions, so the estimate is more "
        "robust than a single split."
    )
    assert checker.check(report, contexts, FULL_SPLIT)[0].verdict == "supported"
    assert checker.check(report, contexts, cv_only)[0].verdict == "unsupported"


def test_swapped_terms_contradict_a_key_points_other_wording(checker, knowledge):
    """The key point's other wording "forward pass gives predictions" is close to the claim and
    names the other pass: it must not support it."""
    contexts = knowledge.question("q04").passages
    claim = "The backward pass produces the predictions."
    (result,) = checker.check(claim, contexts)
    assert result.verdict == "contradicted", result.reason


@pytest.mark.parametrize(
    "advice",
    [
        "You could also mention that the test set simulates unseen production data.",
        "Consider adding why the test set stays separate.",
        "Next time, say why the test set stays separate.",
        "What's missing is the role of the test set.",
    ],
)
def test_advice_to_add_something_says_the_answer_lacks_it(checker, knowledge, advice):
    """True of the guide, but said to a candidate who covered the test set, it is not."""
    contexts = knowledge.question("q08").passages
    cv_only = (
        "Cross-validation trains and evaluates on several partitions, so the estimate is more "
        "robust than a single split."
    )
    assert checker.check(advice, contexts, cv_only)[0].verdict == "supported"
    assert checker.check(advice, contexts, FULL_SPLIT)[0].verdict != "supported"


def test_advice_to_add_a_wrong_statement_is_contradicted(checker, knowledge):
    contexts = knowledge.question("q09").passages
    advice = "You could also mention that SMOTE works by undersampling the majority class."
    answer = "I'd use class weights in the loss and evaluate with F1."
    assert checker.check(advice, contexts, answer)[0].verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Accuracy is reliable when the classes are imbalanced.", "contradicted"),
        ("Accuracy is not reliable when the classes are imbalanced.", "supported"),
        ("Accuracy is unreliable when the classes are imbalanced.", "supported"),
    ],
)
def test_an_antonym_turns_the_sense_as_a_negation_does(checker, knowledge, claim, verdict):
    """ "Imbalanced" against the guide's "balanced" denies it, and a negation turns it back."""
    contexts = knowledge.question("q07").passages
    (result,) = checker.check(claim, contexts)
    assert result.verdict == verdict, result.reason


def test_a_claim_ending_in_a_relative_clause_is_not_an_evaluation(checker, knowledge):
    """ "... predictions that are correct" says what accuracy is, not that the answer is right:
    it is checked against the guide, which gives that definition to another metric."""
    contexts = knowledge.question("q07").passages
    claim = "Accuracy is the share of positive predictions that are correct."
    (result,) = checker.check(claim, contexts)
    assert result.verdict == "contradicted", result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The backward pass makes the predictions and the forward pass updates the weights.",
            "contradicted",
        ),
        (
            "The forward pass makes the predictions and the backward pass updates the weights.",
            "supported",
        ),
    ],
)
def test_two_statements_joined_by_and_are_checked_each(checker, knowledge, claim, verdict):
    """Whole, the swapped sentence names both passes, as the guide does; each statement alone
    gives a pass the other's job."""
    contexts = knowledge.question("q04").passages
    (result,) = checker.check(claim, contexts)
    assert result.verdict == verdict, result.reason


def test_advice_to_add_a_name_the_guide_does_not_give_is_unsupported(checker, knowledge):
    contexts = knowledge.question("q08").passages
    (result,) = checker.check("You could also mention TFX.", contexts, WRONG_SPLIT)
    assert result.verdict == "unsupported" and "TFX" in result.reason


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # The embedded model's explanation in a tester's session, which the guard passed.
        (
            "This means that if the class distribution changes, the TPR and FPR will also "
            "change, regardless of the decision threshold.",
            Verdict.CONTRADICTED,
        ),
        ("ROC curves change when the class distribution changes.", Verdict.CONTRADICTED),
        # The same fact with a "not" that the guide says as "insensitive".
        ("ROC curves do not change when the class balance shifts.", Verdict.SUPPORTED),
    ],
)
def test_what_the_guide_says_stays_the_same_is_not_said_to_change(
    checker, knowledge, sentence, verdict
):
    question = knowledge.question("metrics-05")
    [claim] = checker.check(sentence, question.passages, answer="the roc curve plots tpr vs fpr")
    assert claim.verdict is verdict, claim


SPOKEN_SUPERVISED = (
    "uh so supervised means you've got labels so like for each row you know the answer and the "
    "model learns to um get its predictions close to those labels"
)


def test_saying_a_point_the_grade_covers_is_missing_contradicts_the_grade(checker, knowledge):
    """A spoken answer shares few of a point's words; the grade, not the wording, says whether
    the point is missing."""
    contexts = knowledge.question("q01").passages
    missing = (
        "Missing: a supervised model learns by reducing the error between its predictions and "
        "the known labels."
    )
    (result,) = checker.check(missing, contexts, SPOKEN_SUPERVISED)
    assert result.verdict == "contradicted", result.reason
    (result,) = checker.check(missing, contexts, "Unsupervised learning finds clusters.")
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Said of RNNs what the guide denies of transformers: the two agree.
        ("To handle a long sentence, an RNN reads it word by word, one step at a time.", None),
        # Said of RNNs what the guide says of transformers.
        ("An RNN reads the whole sentence at the same time, not word after word.", "contradicted"),
    ],
)
def test_what_the_guide_denies_of_one_term_may_be_said_of_the_other(
    checker, knowledge, claim, verdict
):
    contexts = [
        *knowledge.question("q05").passages,
        "A transformer reads the whole sentence at the same time, not word after word.",
    ]
    (result,) = checker.check(claim, contexts)
    if verdict is None:  # not contradicted; the guide need not say it of RNNs
        assert result.verdict != "contradicted", result.reason
    else:
        assert result.verdict == verdict, result.reason


def test_cross_validation_names_no_validation_set(checker, knowledge):
    """ "Cross-validation" is a term of its own, not the validation set swapped for the test
    set of a "train-test split"."""
    contexts = knowledge.question("q08").passages
    claim = (
        "By training and scoring across several different partitions, cross-validation gives a "
        "steadier estimate that doesn't hinge on a single split."
    )
    (result,) = checker.check(claim, contexts)
    assert result.verdict != "contradicted", result.reason


def test_a_report_naming_nothing_of_the_question_is_judged_by_the_grade(checker, knowledge):
    """ "You've got the core mapping" praises the answer; it is true of an answer the grade
    credits and false of one it credits nothing in, whatever words either uses."""
    question = knowledge.question("q05")
    report = "You've got the core mapping."
    terse = "CNN images, RNN sequences, transformer attention."
    (result,) = checker.check(report, question.passages, terse)
    assert result.verdict == "supported", result.reason
    (result,) = checker.check(report, question.passages, "I think they are all the same thing.")
    assert result.verdict == "unsupported", result.reason


def test_a_denial_of_the_answer_is_not_undone_by_a_passage_sharing_only_its_subject(
    checker, drift_contexts
):
    """ "Drift isn't about the weights" corrects an answer about weights; that guide sentences
    also say "drift" does not make them say it is about the weights."""
    denial = "Not quite - drift isn't about the weights."
    weights = "Model drift is when the weights of the model change by themselves over time."
    (result,) = checker.check(denial, drift_contexts, weights)
    assert result.verdict == "supported", result.reason
    (result,) = checker.check(denial, drift_contexts, "Drift is when accuracy drops over time.")
    assert result.verdict == "unsupported", result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Data drift is when the distribution of the outputs moves.", "contradicted"),
        ("Data drift is when the distribution of the inputs moves.", "supported"),
    ],
)
def test_a_loose_wording_does_not_pass_its_point_said_with_one_thing_wrong(
    checker, drift_contexts, claim, verdict
):
    """The knowledge base's loose wording "data drift means input distribution shifts" is close
    to both; only the first says 'output' where the point says 'input'."""
    (result,) = checker.check(claim, drift_contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("middle", "supported"),
    [("standing in for production data", True), ("standing in for the training data", False)],
)
def test_a_short_piece_of_a_statement_is_judged_with_its_neighbour(
    checker, knowledge, middle, supported
):
    """A sentence split at its commas leaves pieces ("and the held-out set", "standing in for
    production data") that say nothing alone; said with their neighbour they are checked, and
    a wrong piece is still caught."""
    claim = (
        "Several partitions cut down the variance you'd get from a single split, and the "
        f"held-out set, {middle}, gives the unbiased measure of generalisation."
    )
    (result,) = checker.check(claim, knowledge.question("q08").passages)
    assert (result.verdict == "supported") is supported, result


def test_only_before_a_condition_restates_the_condition(checker, drift_contexts):
    """ "Only trustworthy when the classes are balanced" reads the guide's "lean on it when the
    classes are balanced" as a condition is read; "monitoring alone keeps it reliable" still
    restricts what the guide says keeps a model reliable."""
    guide = [
        "Accuracy is the share of all predictions that are correct. You can lean on it when the "
        "classes are roughly balanced and when every kind of mistake costs about the same."
    ]
    conditional = "It's only trustworthy when the classes are balanced and mistakes cost the same."
    (result,) = checker.check(conditional, guide)
    assert result.verdict == "supported", result.reason
    alone = "Monitoring alone keeps a production model reliable."
    (result,) = checker.check(alone, drift_contexts)
    assert result.verdict == "contradicted", result.reason


def test_a_label_holds_over_the_semicolons_of_its_sentence(checker, knowledge):
    """The embedded model writes "Good: A; B": B is praised too, so the answer must say it;
    under "Missing:" it is said to be missing, which the grade backs."""
    contexts = knowledge.question("q01").passages
    answer = "Supervised learning trains on labelled examples, each input with its correct output."
    tasks = "typical unsupervised tasks are clustering customers and dimensionality reduction."
    praised = checker.check(
        f"Good: supervised learning uses labelled examples; {tasks}", contexts, answer
    )
    assert [v.verdict for v in praised] == ["supported", "unsupported"], praised
    missing = checker.check(
        f"Missing: unsupervised learning finds hidden structure; {tasks}", contexts, answer
    )
    assert [v.verdict for v in missing] == ["supported", "supported"], missing
    assert missing[1].text == tasks


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Performance degrades because the data changed, either in the input distribution "
            "(data drift) or in the input-output relationship (concept drift).",
            "supported",
        ),
        ("Data drift (a change in the input-output relationship) degrades models.", "contradicted"),
    ],
)
def test_a_name_in_brackets_names_what_comes_before_it(checker, drift_contexts, claim, verdict):
    (result,) = checker.check(claim, drift_contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Cross-validation gives a more robust estimate than a single split.", "supported"),
        ("Cross-validation evaluates the model on a single fixed split.", "contradicted"),
    ],
)
def test_what_a_claim_is_compared_with_is_not_what_it_states(checker, knowledge, claim, verdict):
    """ "More robust than a single split" names the misconception's "single split" to say it is
    worse, and states nothing wrong."""
    (result,) = checker.check(claim, knowledge.question("q08").passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("remark", "praise"),
    [
        ("You know this well.", True),
        ("You've clearly thought about this.", True),
        ("You've got them mixed up.", False),
    ],
)
def test_a_remark_about_the_candidate_naming_nothing_is_judged_by_the_grade(
    checker, knowledge, remark, praise
):
    """Praise or criticism in any words is true of one answer and false of another: the grade
    decides, so it neither passes as conversation nor fails as a fact the guide lacks."""
    contexts = knowledge.question("q08").passages
    strong, wrong = knowledge.question("q08").reference_answer, MISTAKEN_SPLIT
    (result,) = checker.check(remark, contexts, strong if praise else wrong)
    assert result.verdict == "supported", result.reason
    (result,) = checker.check(remark, contexts, wrong if praise else strong)
    assert result.verdict == "unsupported", result.reason


def test_a_remark_that_the_candidate_swapped_things_is_criticism(checker, knowledge):
    (result,) = checker.check(
        "You've swapped them.", knowledge.question("q08").passages, MISTAKEN_SPLIT
    )
    assert result.verdict == "supported", result.reason


def test_what_the_guide_says_of_one_term_said_of_another_is_contradicted(checker, knowledge):
    """A tester's model feedback gave the multiply gate the add gate's equal split; the guide's
    sentence on the multiply gate shares only its subject and "gradient" with the claim."""
    contexts = knowledge.question("backpropagation-04").passages
    (wrong,) = checker.check(
        "A multiply gate distributes the incoming gradient equally between its two inputs.",
        contexts,
    )
    assert wrong.verdict == "contradicted" and "add gate" in wrong.reason, wrong
    for right in (
        "An add gate distributes the incoming gradient equally to all its inputs.",
        "A multiply gate gives each input the incoming gradient times the other input's value.",
    ):
        (verdict,) = checker.check(right, contexts)
        assert verdict.verdict == "supported", verdict


#: Answers to q11 (pipelines and monitoring): complete, and one that states a misconception.
FULL_PIPELINE = (
    "A pipeline automates ingestion, feature engineering, training, validation, deployment and "
    "serving, with tools like MLflow or Kubeflow. Monitoring tracks accuracy, latency and drift, "
    "data quality and schema changes, and raises alerts on anomalies."
)
WRONG_PIPELINE = "Monitoring only needs to track accuracy, nothing else."


@pytest.mark.parametrize(
    "remark",
    [
        "That covers it.",
        "That's the full set of levers.",
        "Right at a high level.",
        "That's the core idea.",
        # Praise of a part named in no word of the question praises the whole.
        "Correct on both failure modes.",
        "A clear walk-through.",
        "Good on the big picture.",
    ],
)
def test_a_short_remark_naming_nothing_of_the_question_is_judged_by_the_grade(
    checker, knowledge, remark
):
    """A short sentence with none of the question's words says how the answer did, as "Correct."
    does: the grade backs it or not, never the guide."""
    contexts = knowledge.question("q11").passages
    (right,) = checker.check(remark, contexts, FULL_PIPELINE)
    assert right.verdict == "supported", right.reason
    (wrong,) = checker.check(remark, contexts, WRONG_PIPELINE)
    assert wrong.verdict == "unsupported", wrong.reason


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("Both conditions named.", ""),
        ("Tools mentioned.", "tools"),
        ("The training loop is in the right order.", "training loop"),
        ("CNNs and RNNs: correct use cases.", ""),
        ("Good use of churn and revenue as examples.", "churn revenue"),
    ],
)
def test_evaluations_in_more_shapes(clause, topic):
    from interviewer.judging.evaluations import topic_evaluation

    found = topic_evaluation(clause)
    assert found is not None and found.praise, clause
    if topic:
        assert found.topic == topic


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "You covered labelled versus unlabelled data and gave clustering as an unsupervised "
            "example.",
            "supported",
        ),
        ("You named labels, clustering and customer groups.", "supported"),
        ("You gave clustering and dimensionality reduction as examples.", "unsupported"),
        ("You covered clustering and gave spam filtering as a supervised task.", "unsupported"),
    ],
)
def test_a_report_that_lists_things_is_checked_thing_by_thing(checker, knowledge, claim, verdict):
    """A spoken answer names the listed things in other forms ("no labels" for "unlabelled")."""
    answer = (
        "um so supervised is like, you have labels, like the answer is given for each row. and "
        "unsupervised is... there's no labels, so it finds groups of customers on its own? like "
        "clustering i guess."
    )
    (result,) = checker.check(claim, knowledge.question("q01").passages, answer)
    assert result.verdict == verdict, result.reason


def test_a_report_spelled_out_after_a_colon_is_a_report_and_a_statement(checker, knowledge):
    contexts = knowledge.question("q01").passages
    answer = (
        "Supervised learning uses labelled data, every example has the correct output, and the "
        "model minimises the error against the labels. Unsupervised has no labels and finds "
        "structure, like clustering."
    )
    (right,) = checker.check(
        "You got the core distinction: in supervised learning each input comes with its correct "
        "output.",
        contexts,
        answer,
    )
    assert right.verdict == "supported", right.reason
    (wrong,) = checker.check(
        "You got the core distinction: in unsupervised learning each input comes with its "
        "correct output.",
        contexts,
        answer,
    )
    assert wrong.verdict == "contradicted", wrong.reason
    (gap,) = checker.check(
        "You didn't say what unsupervised learning does: it finds hidden structure.",
        contexts,
        "Supervised has labels.",
    )
    assert gap.verdict == "supported", gap.reason


@pytest.mark.parametrize(
    "claim",
    [
        "One correction: concept drift is a shift in the input distribution.",
        "Missing: data drift means the relationship between inputs and outputs changes.",
        "Good: model drift is not caused by changes in the real-world data.",
    ],
)
def test_what_a_label_says_is_checked_against_the_guide(checker, drift_contexts, claim):
    (result,) = checker.check(claim, drift_contexts, ANSWER)
    assert result.verdict == "contradicted", result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Gradient descent steps the weights so the loss grows.", "contradicted"),
        (
            "Gradient descent then uses those gradients to change the weights so that the loss "
            "increases.",
            "contradicted",
        ),
        (
            "The optimiser uses the gradients to nudge the weights toward higher loss.",
            "contradicted",
        ),
        ("Gradient descent steps the weights so the loss shrinks.", "supported"),
        (
            "Cross-validation trains and evaluates the model on multiple partitions, giving a "
            "more robust estimate.",
            "supported",
        ),
    ],
)
def test_a_direction_a_close_passage_gives_the_other_way_is_contradicted(
    checker, knowledge, claim, verdict
):
    """The passage that supports the claim may say nothing of the loss; another close one says
    it goes down. "A sturdier estimate with less variability" says "less" of the variability."""
    contexts = [*knowledge.question("q06").passages, *knowledge.question("q08").passages]
    (result,) = checker.check(claim, contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "To see why non-linearity matters: stack two layers with no activation between them, "
            "and the pair still acts as a single linear transformation, however many such layers "
            "you add.",
            "supported",
        ),
        (
            "With no activation in between, two stacked layers are still one linear "
            "transformation, however many you add.",
            "supported",
        ),
        ("Activation functions do not add non-linearity to a network.", "contradicted"),
        (
            "Backpropagation does not compute the gradients of the loss with respect to the "
            "weights.",
            "contradicted",
        ),
    ],
)
def test_a_negation_denies_only_a_passage_that_says_much_the_same(
    checker, knowledge, claim, verdict
):
    """A "no" in a long paraphrase negates nothing of a short passage that shares a few of its
    words ("Activation functions such as ReLU")."""
    (result,) = checker.check(claim, knowledge.question("q06").passages)
    assert result.verdict == verdict, result.reason


#: The negation set (``evals/datasets/faithfulness_dev_negation.jsonl``): model sentences over 18
#: questions that deny or reverse a guide fact, and faithful ones that use the guide's own
#: negations. Those the checker still gets wrong, and why.
NEGATION_KNOWN = {
    "neg-u16": "'isn't slower ... without dropout': two turns of sense, not read",
    "neg-u27": "'not needed to prevent leakage': a wording's 'no leakage' is read as agreeing",
    "neg-u34": "'adds examples' against the guide's 'without adding': a negation in a word",
    "neg-f09": "a cause read as put in the other order",
    "neg-f10": "'it is used once' names nothing the guide says of 'it'",
    "neg-f13": "'should not ..., only on ...' read as a slip",
    "neg-f19": "'does not have a fixed size' has no guide sentence to rest on",
    "neg-f29": "'don't check only the aggregate' read as a slip",
    "neg-f30": "'alone are not enough' read as widening the guide",
    "neg-f33": "'AUC is not the share ...': no guide sentence denies it",
    "neg-f35": "'not harmless without a mask' read as negating a sentence on the mask",
    "neg-f44": "'not optional' read as stating the misconception 'does not matter'",
}


def _negation_cases():
    from evals.faithfulness import DATASETS, load_cases

    return [
        pytest.param(
            case,
            id=case.id,
            marks=pytest.mark.xfail(reason=NEGATION_KNOWN[case.id], strict=True)
            if case.id in NEGATION_KNOWN
            else (),
        )
        for case in load_cases(DATASETS / "faithfulness_dev_negation.jsonl")
    ]


@pytest.mark.parametrize("case", _negation_cases())
def test_a_negated_or_reversed_guide_fact_is_flagged_and_the_guides_negations_kept(checker, case):
    """'The logged predictions are not used to decide whether to promote the candidate' denies
    what the guide says (drift-07.k3) and is flagged; 'users never see the candidate's outputs'
    says what the guide says, negation and all, and is kept."""
    verdicts = checker.check(case.response, case.contexts, case.answer)
    flagged = any(v.verdict in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED) for v in verdicts)
    assert flagged == (case.label == "unfaithful"), verdicts


@pytest.mark.parametrize(
    ("question_id", "sentence"),
    [
        ("q01", "Supervised uses labelled data, unsupervised uses unlabelled data."),
        ("q03", "If model is too simple, bias is high, it cannot learn the real pattern."),
        (
            "q05",
            "Transformer use self-attention, no recurrence, all tokens are computed in parallel.",
        ),
        ("q10", "That's drift: the model itself doesn't change"),
        ("backpropagation-03", "Too small batch does not use the GPU well."),
        ("classification-regression-01", "We predict positive if probability is 0.5 or more."),
        ("activations-07", "Multi-label: not softmax, a separate sigmoid per label."),
        (
            "metrics-03",
            "Squaring means big errors weigh more, so RMSE is sensitive to outliers, not MAE.",
        ),
        (
            "metrics-09",
            "it is not the fraction of all relevant documents retrieved, which would be recall.",
        ),
        ("neural-networks-01", "it converges if the data are linearly separable"),
        (
            "neural-networks-03",
            "Augmentation create extra examples by transforms that keep the correct label.",
        ),
    ],
)
def test_a_negation_that_denies_no_guide_fact_is_not_read_as_one(
    checker, knowledge, question_id, sentence
):
    """Right sentences from the grading dev sets that the denial checks once flagged: a
    contrast ("not MAE"), an antonym ("unlabelled"), another subject ("the model itself"), the
    guide's own denial in other words ("misses", "replace", "waste"), a condition, a relative
    clause ("transforms that keep the label")."""
    verdicts = checker.check(sentence, knowledge.question(question_id).passages)
    assert not any(
        v.reason in ("denies what the guide says", "asserts what the guide denies")
        for v in verdicts
    ), verdicts


#: A partial answer to q08 that says nothing wrong: it misses points, it turns nothing round.
PARTIAL_SPLIT = "Cross-validation trains and tests on several folds of the data."


@pytest.mark.parametrize(
    "remark",
    [
        "Those two are swapped.",
        "The direction is reversed.",
        "That's the opposite of what it does.",
        "Those two got flipped here.",
        "They've been mixed up.",
    ],
)
def test_a_remark_that_the_answer_turned_something_round_needs_a_misconception(
    checker, knowledge, remark
):
    """ "Those two are swapped." names nothing the guide could check: it says the answer said
    something the wrong way round, which the grade must find; a point merely missed is none."""
    contexts = knowledge.question("q08").passages
    (wrong,) = checker.check(remark, contexts, MISTAKEN_SPLIT)
    assert wrong.verdict == "supported", wrong.reason
    for answer in (knowledge.question("q08").reference_answer, PARTIAL_SPLIT):
        (right,) = checker.check(remark, contexts, answer)
        assert right.verdict == "unsupported", right.reason


#: Answers to q03 and q07 that cover the points a loosely named praise is about, and ones that
#: do not.
BALANCE_FOUND = (
    "A model that is too simple has high bias and underfits; one that is too complex has high "
    "variance and overfits the noise. You aim for the middle that generalises, and "
    "regularisation or cross-validation get you there."
)
ACCURACY_IN_FULL = (
    "Accuracy is correct predictions over all predictions; fine when the classes are balanced "
    "and errors cost the same, otherwise use precision, recall or F1."
)


@pytest.mark.parametrize(
    ("question_id", "remark", "right", "wrong"),
    [
        ("q03", "Right on both extremes.", BALANCE_FOUND, "A model that is too simple underfits."),
        (
            "q03",
            "Nice job on the practical side of finding the balance.",
            BALANCE_FOUND,
            "A model that is too simple underfits.",
        ),
        (
            "q07",
            "Good coverage of when it works and what to use instead.",
            ACCURACY_IN_FULL,
            "Accuracy is correct predictions over all predictions.",
        ),
    ],
)
def test_praise_of_a_part_named_around_a_key_point_is_judged_by_that_point(
    checker, knowledge, question_id, remark, right, wrong
):
    """ "Tools for finding the balance" names q03.k5 in its hint's and wordings' words, not its
    own: praise of it is backed when the grade covers that point, and not otherwise."""
    contexts = knowledge.question(question_id).passages
    (backed,) = checker.check(remark, contexts, right)
    assert backed.verdict == "supported", backed.reason
    (unbacked,) = checker.check(remark, contexts, wrong)
    assert unbacked.verdict == "unsupported", unbacked.reason


@pytest.mark.parametrize(
    ("question_id", "answer", "praise", "verdict"),
    [
        (
            "q06",
            "You compute the error and send it forward through the network, starting at the input "
            "layer and moving toward the output, and each layer updates its weights.",
            "Good: it propagates the error backward, from the output layer toward the input layer.",
            "contradicted",
        ),
        (
            "q09",
            "I would oversample the majority class so the model sees more of it.",
            "Good: you oversample the minority class so the model sees more of it.",
            "contradicted",
        ),
        (
            "q03",
            "Bias high mean model too simple, underfitting. Variance high mean too complex, "
            "overfitting the noise.",
            "Correct: a simple model that underfits has high bias, a complex one that fits noise "
            "has high variance.",
            "supported",
        ),
    ],
)
def test_praise_of_what_the_answer_says_the_other_way_round_is_contradicted(
    checker, knowledge, question_id, answer, praise, verdict
):
    """The answer's part closest to the praised words names the other term of a swappable pair
    (forward for backward), and the answer nowhere names the praised one."""
    results = checker.check(praise, knowledge.question(question_id).passages, answer)
    assert results[0].verdict == verdict, results


@pytest.mark.parametrize(
    ("question_id", "claim", "verdict"),
    [
        (
            "q06",
            "Activation functions are what stop a deep network from collapsing into a single "
            "linear transformation.",
            "supported",
        ),
        ("q06", "Activation functions prevent the network from staying linear.", "supported"),
        ("q08", "Cross-validation keeps you from relying on a single split.", "supported"),
        ("q06", "Activation functions exist to keep the network linear.", "contradicted"),
        (
            "q08",
            "Cross-validation evaluates the model on one fixed split of the data.",
            "contradicted",
        ),
    ],
)
def test_a_verb_of_preventing_turns_the_sense_of_a_misconception(
    checker, knowledge, question_id, claim, verdict
):
    """ "Stop ... from", "prevent", "avoid", "keep ... from" deny what follows them as a "not"
    does: the sentence states no misconception that asserts those words, nor negates a guide
    sentence that says them after "without"."""
    (result,) = checker.check(claim, knowledge.question(question_id).passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Issue 13's walkthrough: a supported statement carried a reason the guide never gives.
        (
            "At test time no units are dropped, because dropout ensures that the network "
            "learns only the patterns present in the training data.",
            "unsupported",
        ),
        (
            "Dropping units stops neurons from co-adapting, which means the learning rate can "
            "safely be raised.",
            "unsupported",
        ),
        # The guide's own reasons, in other words, stand.
        (
            "Dropping units stops neurons from co-adapting, which means each one has to learn "
            "features that are useful by themselves.",
            "supported",
        ),
        ("Because any unit might vanish, no neuron can rely on particular partners.", "supported"),
        (
            "At test time outputs are rescaled so that each unit's expected output matches "
            "training.",
            "supported",
        ),
    ],
)
def test_a_reason_is_a_claim_of_its_own(checker, knowledge, claim, verdict):
    contexts = knowledge.question("neural-networks-02").passages
    (result,) = checker.check(claim, contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The final walkthrough's model: what the guide says of the lasso, said of ridge.
        (
            "Ridge tends to win when many predictors have small effects because it penalises "
            "absolute coefficients, allowing some predictors to keep small coefficients.",
            "contradicted",
        ),
        ("Ridge penalises absolute coefficients.", "contradicted"),
        ("The lasso can set some coefficients exactly to zero because it penalises absolute "
         "coefficients.", "supported"),
        ("Ridge penalises the sum of squared coefficients.", "supported"),
    ],
)  # fmt: skip
def test_what_the_guide_says_of_one_penalty_said_of_the_other_is_contradicted(
    checker, knowledge, claim, verdict
):
    (result,) = checker.check(claim, knowledge.question("bias-variance-02").passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Monitoring and retraining keep production models reliable, since retraining "
            "removes the need for labelled data.",
            "unsupported",
        ),
        (
            "Models degrade in production because the real-world data they see changes over time.",
            "supported",
        ),
    ],
)
def test_a_reason_is_checked_on_another_topic(checker, drift_contexts, claim, verdict):
    (result,) = checker.check(claim, drift_contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A more complex model always generalises better to new data.", "unsupported"),
        ("Why would a more complex model generalise better?", "not_a_claim"),
        ("High variance means overfitting.", "supported"),
    ],
)
def test_a_question_among_the_contexts_supports_nothing(checker, claim, verdict):
    """A retrieved practice question, or a question's phrasings, states no fact: its premise
    ("a more complex model always generalises better") is no support."""
    contexts = [
        "Why does a model that is more complex always generalise better to new data?\n"
        "The bias-variance tradeoff: High variance means overfitting, where the model is too "
        "complex and fits noise instead of signal."
    ]
    (result,) = checker.check(claim, contexts)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The answer (ANSWER) names drift and data drift, never concept drift.
        ("You haven't mentioned concept drift.", "supported"),
        (
            "You could also have mentioned that concept drift is a change in the relationship "
            "between inputs and outputs.",
            "supported",
        ),
        ("You haven't said what concept drift is.", "supported"),
        # The fact it advises must hold; a point the answer made is no gap.
        (
            "You could also have mentioned that concept drift is a shift in the input "
            "distribution.",
            "contradicted",
        ),
        ("You never mentioned data drift.", "contradicted"),
        # ... behind a model's openers too.
        ("However, it is important to note that you did not mention concept drift.", "supported"),
        ("But note that you never explained data drift.", "contradicted"),
        ("It's worth noting that you didn't cover data drift.", "contradicted"),
    ],
)
def test_a_negated_report_says_what_is_missing(checker, drift_contexts, claim, verdict):
    """ "You didn't mention X", "You haven't said what X", "You could also have mentioned that X"
    are judged as "Missing: X" is: by the grade, and what they state by the guide."""
    (result,) = checker.check(claim, drift_contexts, ANSWER)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The guide: "If the training data are linearly separable, the perceptron ... converges."
        (
            "The training data are linearly separable because the perceptron converges on them.",
            "contradicted",
        ),
        (
            "Because the perceptron never converges on XOR, XOR cannot be linearly separable.",
            "contradicted",
        ),
        (
            "The perceptron is guaranteed to converge because the training data are linearly "
            "separable.",
            "supported",
        ),
        (
            "The perceptron converges in a finite number of steps as long as the training data "
            "are linearly separable.",
            "supported",
        ),
    ],
)
def test_a_condition_is_read_as_the_cause_it_states(checker, knowledge, claim, verdict):
    """ "B if A" in the guide puts A first, as "B because A" does: a claim that makes B the
    reason for A turns it round."""
    (result,) = checker.check(claim, knowledge.question("neural-networks-01").passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        (
            "Since each centroid moves to the mean of its samples, the clusters always come out "
            "the same size.",
            True,
        ),
        (
            "Since the result depends on the initial centroids, k-means is usually run several "
            "times with different initialisations.",
            False,
        ),
        (
            "K-means is run several times because it can converge to a local minimum that "
            "depends on the starting centroids.",
            False,
        ),
    ],
)
def test_a_supported_reason_does_not_carry_its_statement(checker, knowledge, claim, flagged):
    (result,) = checker.check(claim, knowledge.question("supervised-unsupervised-03").passages)
    assert (result.verdict in ("contradicted", "unsupported")) == flagged, result.reason


@pytest.mark.parametrize(
    ("question_id", "claim", "verdict"),
    [
        # What the guide ties to one term of a swappable pair, said of the other: contradicted
        # even where the unit that supports it lost its subject ("penalises the sum of squared
        # coefficients", of the ridge sentence) or names the term and little else.
        ("bias-variance-02", "The lasso penalises the sum of squared coefficients.",
         "contradicted"),
        ("bias-variance-02", "Lasso adds a penalty on the squared coefficients.", "contradicted"),
        ("bias-variance-02", "Ridge can set some coefficients exactly to zero, performing "
         "variable selection.", "contradicted"),
        ("metrics-02", "Recall is the share of predicted positives that are truly positive.",
         "contradicted"),
        ("bias-variance-06", "Boosting trains many models on bootstrap samples and averages "
         "their predictions.", "contradicted"),
        ("bias-variance-07", "Bagging builds models sequentially, each fitted to the residual "
         "errors of the ensemble so far.", "contradicted"),
        ("q10", "With concept drift, the distribution of the input features moves.",
         "contradicted"),
        # Each said of its own term stands, and a misconception about the other term is no
        # misconception about this one.
        ("bias-variance-02", "The lasso penalises the sum of absolute coefficients.", "supported"),
        ("bias-variance-02", "Ridge shrinks coefficients towards zero but never sets them "
         "exactly to zero.", "supported"),
        ("metrics-02", "Recall is the share of actual positives that the model finds.",
         "supported"),
        ("metrics-02", "Precision is the share of predicted positives that are truly positive.",
         "supported"),
        ("bias-variance-07", "Boosting builds models sequentially, each new one fitted to the "
         "residuals.", "supported"),
        ("q10", "With data drift, the distribution of the input features moves.", "supported"),
    ],
)  # fmt: skip
def test_a_property_the_guide_ties_to_a_sibling_term_is_contradicted(
    checker, knowledge, question_id, claim, verdict
):
    (result,) = checker.check(claim, knowledge.question(question_id).passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("question_id", "claim", "verdict"),
    [
        # Terms the guide sets against each other (knowledge/siblings.yaml), not swappable
        # terms for the grader: a property of one said of the other is contradicted.
        ("transformers-04", "A decoder uses fully-visible self-attention, so every token "
         "attends to all tokens in the input.", "contradicted"),
        ("transformers-04", "An encoder uses causal self-attention and generates its output "
         "one token at a time.", "contradicted"),
        ("drift-11", "In shadow mode the new model's predictions are served to real users, so "
         "it carries real risk.", "contradicted"),
        ("activations-08", "ReLU is smooth and non-monotonic; it dips slightly below zero for "
         "negative inputs.", "contradicted"),
        ("mlops-02", "Parameters are numeric values that can be logged repeatedly to show their "
         "history.", "contradicted"),
        # ... and where one guide sentence says one thing of each ("X ..., whereas Y ..."),
        # the part that says the claim's words decides which term it is said of.
        ("neural-networks-10", "Newton's method tends to escape saddle points in practice.",
         "contradicted"),
        ("classification-regression-10", "Isotonic regression fits a sigmoid to the scores and "
         "works best with small data.", "contradicted"),
        ("bias-variance-05", "Training error is U-shaped as flexibility grows.", "contradicted"),
        # Each said of its own term stands; a compound names its parts ("encoder-decoder").
        ("transformers-04", "An encoder uses fully-visible self-attention, so every token "
         "attends to all tokens in the input.", "supported"),
        ("transformers-04", "A decoder generates its output autoregressively, one token at a "
         "time, with causal self-attention.", "supported"),
        ("transformers-04", "Encoder-decoder models such as T5 suit sequence-to-sequence tasks "
         "like translation.", "supported"),
        ("drift-11", "Canary predictions are served to real users, so a canary carries real "
         "risk.", "supported"),
        ("activations-08", "GELU is smooth and dips slightly below zero for negative inputs.",
         "supported"),
        ("mlops-02", "Metrics are numeric values that can be logged repeatedly to show their "
         "history.", "supported"),
        ("neural-networks-10", "Newton's method is attracted to saddle points.", "supported"),
        ("classification-regression-10", "Isotonic regression fits any monotonic mapping.",
         "supported"),
        ("bias-variance-05", "Test error is U-shaped as flexibility grows.", "supported"),
    ],
)  # fmt: skip
def test_a_property_of_a_term_the_guide_sets_against_another_is_not_said_of_it(
    checker, knowledge, question_id, claim, verdict
):
    results = checker.check(claim, knowledge.question(question_id).passages)
    worst = next(
        (r.verdict for r in results if r.verdict == "contradicted"),
        next((r.verdict for r in results if r.verdict == "unsupported"), "supported"),
    )
    assert worst == verdict, [r.reason for r in results]


@pytest.mark.parametrize(
    ("question_id", "claim", "verdict"),
    [
        # A guide fact widened to every case ("always", "whatever", "every", "for any"), where
        # neither its unit nor the units closest to it say as much.
        ("q02", "Predicting a continuous numeric value is always regression, whatever the "
         "data.", "unsupported"),
        ("q03", "Every model with high variance overfits the training data regardless of how "
         "much data you have.", "unsupported"),
        ("q03", "Regularisation, cross-validation and ensembles always reach the balance, "
         "whatever the model.", "unsupported"),
        # The fact as the guide says it, or with an "every" the guide's "all" says too.
        ("q02", "Regression predicts a continuous numeric value.", "supported"),
        ("q03", "Regularisation, cross-validation and ensemble methods help reach that "
         "balance.", "supported"),
        ("transformers-04", "An encoder lets every token attend to all tokens in the input.",
         "supported"),
    ],
)  # fmt: skip
def test_a_guide_fact_widened_to_every_case_is_not_given(
    checker, knowledge, question_id, claim, verdict
):
    (result,) = checker.check(claim, knowledge.question(question_id).passages)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An explanation that adds a specific the guide does not give (a method, an indicator,
        # a data source) is not given because the rest of its words are the guide's.
        ("Forecasting sales revenue is regression because the target is a continuous number "
         "that depends on economic indicators.", "unsupported"),
        ("Predicting next quarter's revenue is regression, because revenue is a continuous "
         "numeric value that can be predicted using statistical models.", "unsupported"),
        ("Predicting tomorrow's temperature is regression, because the target is a continuous "
         "numeric value taken from historical weather station logs.", "unsupported"),
        # Examples and reasons built from the guide's facts stand.
        ("Predicting a stock price is regression because the target is a continuous numeric "
         "value.", "supported"),
        ("Forecasting sales revenue is regression, since revenue is a continuous number.",
         "supported"),
        ("A churn model that outputs a yes or no is classification, because the target is a "
         "discrete label.", "supported"),
    ],
)  # fmt: skip
def test_an_explanation_that_adds_a_specific_is_not_given(checker, knowledge, claim, verdict):
    (result,) = checker.check(claim, knowledge.question("q02").passages)
    assert result.verdict == verdict, result.reason


LORA_ANSWER = (
    "LoRA assumes the weight change for adaptation has low intrinsic rank, so it learns B times "
    "A. For GPT-3 175B that's about 10,000 times fewer trainable parameters and 3 times less GPU "
    "memory."
)


@pytest.mark.parametrize(
    ("question_id", "answer", "claim", "flagged"),
    [
        # Criticism of an answer the grade finds complete and right.
        ("q07", "Accuracy is correct predictions over all predictions. It can be trusted when "
         "the classes are balanced and a false positive costs about as much as a false "
         "negative; otherwise use F1 or precision and recall.",
         "You never said when accuracy can be relied on.", True),
        # A point named in the words of its hint, which the grade covers.
        ("transformers-20", LORA_ANSWER,
         "You didn't explain which assumption justifies the low-rank update.", True),
        # ... and a point the grade misses stays a fair criticism.
        ("transformers-20", LORA_ANSWER,
         "You didn't say whether the update adds any inference latency.", False),
        ("q07", "Accuracy is correct predictions over all predictions.",
         "You never said when accuracy can be relied on.", False),
    ],
)  # fmt: skip
def test_criticism_of_what_the_grade_covers_is_flagged(
    checker, knowledge, question_id, answer, claim, flagged
):
    (result,) = checker.check(claim, knowledge.question(question_id).passages, answer)
    assert (result.verdict in ("contradicted", "unsupported")) == flagged, result.reason


@pytest.mark.parametrize(
    ("question_id", "claim", "verdict"),
    [
        # A property the guide gives one term of a group, said of two joined ("L1 or L2",
        # "both X and Y", "X and Y alike"): the last walkthrough's model said of L1 and L2 what
        # the guide says of the lasso only, in a clause whose subject came before it.
        ("bias-variance-02", "Raising lambda in L1 or L2 regularisation shrinks coefficients "
         "towards zero, but it also sets some coefficients exactly to zero.", "contradicted"),
        ("bias-variance-02", "Both ridge and lasso can set some coefficients exactly to zero.",
         "contradicted"),
        ("bias-variance-02", "With a large enough penalty, L1 and L2 regularisation alike set "
         "some coefficients exactly to zero.", "contradicted"),
        ("bias-variance-07", "Both bagging and boosting build their models sequentially, each "
         "one fitted to the residual errors of the ensemble so far.", "contradicted"),
        ("bias-variance-06", "Bagging and boosting both train many models on bootstrap samples "
         "and average their predictions.", "contradicted"),
        ("q10", "With data drift or concept drift, the relationship between the inputs and the "
         "target changes.", "contradicted"),
        ("transformers-04", "Both the encoder and the decoder use causal self-attention, "
         "generating one token at a time.", "contradicted"),
        # ... what the guide says of both, and a comparison of the two, stand.
        ("bias-variance-02", "Both ridge and the lasso add a penalty on the size of the "
         "coefficients to the loss.", "supported"),
        ("bias-variance-02", "Either L1 or L2 regularisation shrinks coefficients towards zero.",
         "supported"),
        ("q10", "Data drift and concept drift both call for monitoring the model in production.",
         "supported"),
        ("bias-variance-02", "The difference between ridge and lasso is that only the lasso "
         "sets coefficients exactly to zero.", "supported"),
    ],
)  # fmt: skip
def test_a_property_of_one_sibling_said_of_both_is_contradicted(
    checker, knowledge, question_id, claim, verdict
):
    results = checker.check(claim, knowledge.question(question_id).passages)
    worst = "contradicted" if any(r.verdict == "contradicted" for r in results) else "supported"
    if verdict == "supported":
        assert all(r.verdict == "supported" for r in results), [r.reason for r in results]
    else:
        assert worst == verdict, [r.reason for r in results]


@pytest.mark.parametrize(
    ("question_id", "answer", "claim", "flagged"),
    [
        # The answer's words quoted, then corrected: the quote is the candidate's, not a claim
        # of the model's; the correction after it is judged as any claim.
        ("q06", "Activation functions keep the network linear.",
         '"keep the network linear" - the opposite: activation functions add non-linearity.',
         False),
        ("q03", "High bias is overfitting, I think.",
         '"high bias is overfitting" - not quite: high bias means underfitting, where the model '
         "is too simple.", False),
        ("q10", "Concept drift is when the input distribution changes.",
         '"the input distribution changes" - no: that is data drift; concept drift is a change '
         "in the relationship between inputs and target.", False),
        # ... and a wrong correction is still caught.
        ("q03", "High bias is overfitting, I think.",
         '"high bias is overfitting" - no: high bias means the model is too complex and fits '
         "noise.", True),
        ("q10", "Concept drift is when the input distribution changes.",
         '"the input distribution changes" - no: that is concept drift; data drift is a change '
         "in the relationship between inputs and target.", True),
    ],
)  # fmt: skip
def test_a_quoted_answer_then_its_correction_is_judged_by_the_correction(
    checker, knowledge, question_id, answer, claim, flagged
):
    results = checker.check(claim, knowledge.question(question_id).passages, answer)
    assert any(r.verdict in ("contradicted", "unsupported") for r in results) == flagged, [
        r.reason for r in results
    ]


@pytest.mark.parametrize(
    ("question_id", "claim", "answer", "verdict"),
    [
        # A word of the answer's quoted to be corrected is mentioned, not used: the claim says
        # nothing holds in every case (heldout_9: "I'd soften 'always perfectly': ...").
        (
            "classification-regression-10",
            'The "always" is too strong: logistic regression is usually well calibrated, '
            "because it minimises log loss.",
            "Logistic regression is always calibrated.",
            "supported",
        ),
        (
            "mlops-01",
            "The word 'always' goes too far: batch predictions can go stale, since they cannot "
            "react to changes after the last batch run.",
            "Batch is always fresh.",
            "supported",
        ),
        (
            "mlops-01",
            "\u201cAlways fresh\u201d is not right: batch predictions can go stale.",
            "Batch is always fresh.",
            "supported",
        ),
        # ... used, it still widens the guide.
        (
            "classification-regression-10",
            "Logistic regression is always well calibrated, because it minimises log loss.",
            "",
            "unsupported",
        ),
    ],
)
def test_a_quoted_always_is_the_answers_word_not_a_claim(
    checker, knowledge, question_id, claim, answer, verdict
):
    verdicts = checker.check(claim, knowledge.question(question_id).passages, answer)
    assert [v.verdict.value for v in verdicts] == [verdict], [v.reason for v in verdicts]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The guide: "Boosting trains models sequentially ..., instead of being trained
        # independently as in bagging." What follows "instead of" is denied of boosting and
        # said of bagging (heldout_9's "bagging trains its models independently" was
        # contradicted as a negation of it).
        ("Bagging trains its models independently.", "supported"),
        ("With bagging, every model gets trained independently of the rest.", "supported"),
        ("Boosting trains its models independently.", "unsupported"),
    ],
)
def test_the_losing_side_of_a_contrast_is_said_of_the_thing_it_names(
    checker, knowledge, claim, verdict
):
    (result,) = checker.check(claim, knowledge.question("bias-variance-07").passages)
    assert result.verdict == verdict, result.reason


_BACKPROP_ANSWER = (
    "Backprop uses the chain rule to get the gradient of the loss for each weight, going "
    "backwards from the output."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A label, then the report it names: the "didn't" denies the saying, not the fact.
        (
            "One thing missing is the efficiency point: you didn't say that backprop stores and "
            "reuses intermediate gradients.",
            "supported",
        ),
        (
            "Where it falls short: you never mentioned that backprop reuses intermediate "
            "gradients.",
            "supported",
        ),
        # An opener of conversation, then a claim: the claim is judged (heldout_9's "Let's
        # break it down: backprop applies the chain rule starting at the inputs ..." passed as
        # conversation).
        (
            "Let's break it down: backprop applies the chain rule starting at the inputs and "
            "moving forward toward the loss.",
            "contradicted",
        ),
        ("Now, backprop sends the error forward from the inputs to the loss.", "contradicted"),
        (
            "Here's the key: backprop reuses intermediate gradients so shared pieces are "
            "computed once.",
            "supported",
        ),
        ("Let's move on to the next question.", "not_a_claim"),
    ],
)
def test_what_follows_a_label_or_an_opener_is_judged_for_what_it_is(
    checker, knowledge, claim, verdict
):
    (result,) = checker.check(
        claim, knowledge.question("backpropagation-01").passages, _BACKPROP_ANSWER
    )
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        (
            "Gradient clipping rescales the gradient when its norm goes above a threshold, which "
            "stops exploding gradients in RNNs.",
            "supported",
        ),
        ("Clipping is used for RNNs.", "unsupported"),  # the grade credits nothing
    ],
)
def test_a_remark_before_a_reason_is_judged_by_the_grade_not_the_guide(
    checker, knowledge, answer, verdict
):
    """ "Fair enough, though, since X": the remark states no fact the guide could give; the
    grade backs it or not (heldout_9's "Your RNN instinct is sound, though, since ..." was
    flagged for a statement 'though' the guide does not give)."""
    (result,) = checker.check(
        "Fair enough, though, since recurrent networks can have cliffs in the loss where one "
        "step throws the parameters far away.",
        knowledge.question("backpropagation-07").passages,
        answer,
    )
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        # The guide: "... a degradation problem that is not caused by overfitting". A cause it
        # denies puts nothing in order, so a right "X, so it is degradation, not overfitting"
        # turns no order of it (heldout_9's h9-048 was contradicted so).
        "Deeper plain networks showed higher training error than shallow ones, so the trouble "
        "is degradation rather than overfitting.",
        "The deeper plain nets had a higher training error than the shallow ones, so this is a "
        "degradation problem, not overfitting.",
    ],
)
def test_a_cause_the_guide_denies_sets_no_order(checker, knowledge, claim):
    (result,) = checker.check(claim, knowledge.question("architectures-09").passages)
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize(
    ("question_id", "response", "verdicts"),
    [
        # A short denial that points back ("it doesn't raise it") says nothing checkable alone:
        # it is judged with the claim before it (heldout_9's h9-002 was flagged for it).
        (
            "neural-networks-07",
            "Step decay cuts the learning rate by a factor every few epochs; it doesn't raise it.",
            ["supported", "supported"],
        ),
        (
            "neural-networks-02",
            "At test time no units are dropped; they aren't zeroed at random then.",
            ["supported", "supported"],
        ),
        # ... and a wrong one is still wrong there.
        (
            "neural-networks-02",
            "At test time no units are dropped; it does not rescale the outputs.",
            ["supported", "contradicted"],
        ),
    ],
)
def test_a_short_denial_pointing_back_is_judged_with_its_claim(
    checker, knowledge, question_id, response, verdicts
):
    results = checker.check(response, knowledge.question(question_id).passages)
    assert [r.verdict.value for r in results] == verdicts, [r.reason for r in results]


# --- Families of issue 14 read from the guide's own sentences (heldout_10 round) -------------


def _flagged(verdicts) -> bool:
    return any(v.verdict in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED) for v in verdicts)


@pytest.mark.parametrize(
    ("response", "flagged"),
    [
        # The guide's example states its own order ("such as diseases causing symptoms").
        (
            "Picture symptoms causing diseases, which is why features drive labels here.",
            True,
        ),
        ("for example symptoms cause the disease so the features drive the labels", True),
        ("Think of diseases causing symptoms: the labels drive the features.", False),
    ],
)
def test_an_order_the_guide_states_in_an_example_is_not_turned(
    checker, knowledge, response, flagged
):
    contexts = knowledge.question("drift-03").passages
    assert _flagged(checker.check(response, contexts)) is flagged


@pytest.mark.parametrize(
    ("response", "flagged"),
    [
        ("Every tree misses around a tenth of the rows, which the out-of-bag estimate uses.", True),
        ("each tree it leave out like two thirds of samples so oob estimate test error", True),
        (
            "Each tree leaves out about one third of the samples, so out-of-bag error estimates "
            "test error.",
            False,
        ),
    ],
)
def test_a_share_in_words_the_guide_does_not_give_is_unsupported(
    checker, knowledge, response, flagged
):
    contexts = knowledge.question("bias-variance-06").passages
    assert _flagged(checker.check(response, contexts)) is flagged


@pytest.mark.parametrize(
    ("response", "flagged"),
    [
        (
            "It's the bootstrap samples, not the random feature subsets, that decorrelate trees.",
            True,
        ),
        (
            "so its the bootstrap sample and not the feature subset that make trees decorrelated",
            True,
        ),
        (
            "It is the feature subsets, not the bootstrap samples, that decorrelate the trees.",
            False,
        ),
    ],
)
def test_an_effect_credited_to_the_side_a_contrast_denies_is_contradicted(
    checker, knowledge, response, flagged
):
    contexts = knowledge.question("bias-variance-06").passages
    assert _flagged(checker.check(response, contexts)) is flagged


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("concept drift mean p of y given x is change", False),  # terse, but what the guide says
        ("It's when P(x) changes, the inputs shift.", True),  # the guide's other kind of drift
    ],
)
def test_plain_praise_of_a_terse_answer_rests_on_the_guide(checker, knowledge, answer, flagged):
    contexts = knowledge.question("drift-04").passages
    verdicts = checker.check("Correct.", contexts, answer)
    assert _flagged(verdicts) is flagged


@pytest.mark.parametrize(
    ("question", "response", "flagged"),
    [
        # What is subtracted from what, or divided by what, is the formula.
        ("supervised-unsupervised-04", "Per sample the score is (a - b) over max(a, b).", True),
        ("supervised-unsupervised-04", "silhouette its a minus b divided by the bigger one", True),
        (
            "metrics-06",
            "The PR curve's random baseline is N / (P + N), the negatives' share.",
            True,
        ),
        ("metrics-06", "so the random baseline of PR curve is P over P plus N", False),
    ],
)
def test_a_formula_with_its_operands_turned_or_replaced_is_contradicted(
    checker, knowledge, question, response, flagged
):
    contexts = knowledge.question(question).passages
    assert _flagged(checker.check(response, contexts)) is flagged


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("balanced accuracy is mean recall per class and MCC it go from 0 to 1", True),
        ("Balanced accuracy averages per-class recall; MCC lies in [0, 100].", True),
        (
            "balanced accuracy averages recall per class, MCC is between minus one and plus one",
            False,
        ),
    ],
)
def test_praise_of_a_range_the_guide_gives_otherwise_is_flagged(
    checker, knowledge, answer, flagged
):
    contexts = knowledge.question("imbalance-03").passages
    verdicts = checker.check("Right on the MCC range.", contexts, answer)
    assert _flagged(verdicts) is flagged


def test_a_proportion_of_the_speakers_own_case_is_no_invented_figure(checker, knowledge):
    contexts = knowledge.question("architectures-01").passages
    verdicts = checker.check(
        "so if you use three times as many filters you get an output three times as deep",
        contexts,
    )
    assert not any("which the guide does not" in (v.reason or "") for v in verdicts)


@pytest.mark.parametrize(
    ("response", "flagged"),
    [
        # The order in which the two are named is no direction: each comparative qualifies the
        # noun after it.
        ("Flexible methods usually have lower bias but higher variance.", False),
        ("more flexible method have typically less bias and more variance", False),
        ("More flexible methods generally have higher bias and lower variance.", True),
    ],
)
def test_a_comparative_turns_only_the_noun_it_qualifies(checker, knowledge, response, flagged):
    contexts = knowledge.question("bias-variance-04").passages
    assert _flagged(checker.check(response, contexts)) is flagged


def test_plus_that_joins_a_list_is_no_formula(checker, knowledge):
    contexts = knowledge.question("backpropagation-06").passages
    verdicts = checker.check(
        "Use ReLU-type activations and careful initialisation, plus gradient clipping.", contexts
    )
    assert not any("formula" in (v.reason or "") for v in verdicts)


@pytest.mark.parametrize(
    ("response", "flagged"),
    [
        # The guide keeps "depend on the content" and sets aside "fixed parameters".
        ("Keep in mind the attention weights are fixed parameters, learned once.", True),
        ("so attention weights they are fixed parameters of the model learned one time", True),
        ("The weights are not fixed parameters: they are recomputed for each input.", False),
        ("The weights depend on the content of each input, unlike fixed parameters.", False),
    ],
)
def test_what_the_guide_sets_aside_with_rather_than_is_contradicted(
    checker, knowledge, response, flagged
):
    contexts = knowledge.question("transformers-03").passages
    assert _flagged(checker.check(response, contexts)) is flagged


def test_praise_of_a_part_that_names_things_in_the_candidates_own_words_stands(checker, knowledge):
    contexts = knowledge.question("imbalance-03").passages
    answer = "MCC uses the whole confusion matrix, all four cells, TP TN FP FN."
    verdicts = checker.check("Right on MCC.", contexts, answer)
    assert not any("praises a part" in (v.reason or "") for v in verdicts)


def test_what_the_guide_sets_aside_is_read_of_its_own_subject_only(checker, knowledge):
    """The guide sets "one step at a time" aside for transformers; said of RNNs it stands."""
    contexts = knowledge.question("q05").passages
    verdicts = checker.check(
        "Compare the two: an RNN reads the sequence one step at a time, so it is slow.", contexts
    )
    assert not any("sets aside" in (v.reason or "") for v in verdicts)
