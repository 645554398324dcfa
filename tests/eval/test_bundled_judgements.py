"""The bundled judgements (eval/queries, eval/qrels) load as `savoir eval corpus` loads them:
every query file there must be a judgements file, so a file of another format breaks the
default evaluation (it did once: the gate's query sets had been put in eval/queries)."""
from eval.corpus_eval import corpus_tasks, default_judgements, load_judgements


def test_the_bundled_judgements_load_and_every_task_has_judged_queries():
    j = load_judgements(default_judgements())
    tasks, _ = corpus_tasks(j)
    assert {"experts", "threads"} <= {t.name for t in tasks}
    judged = [q for q in j.queries if j.qrels.get(q)]
    assert len(judged) >= 90
