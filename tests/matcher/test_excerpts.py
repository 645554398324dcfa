"""Excerpts: Markdown to text, substantive answers, the answer shown, sentence windows."""
from matcher.excerpts import choose_answer, markdown_text, sentence_window, substantive


def test_markdown_is_rendered_to_text():
    md = "# REX — Pompe P-201\n\n## La question de départ\n\n> Bruit de **graviers** au démarrage.\n\n- vanne `V-12` ouverte\n- [NPSH](http://x) vérifié\n"
    text = markdown_text(md)
    assert text == "REX — Pompe P-201.\nLa question de départ.\nBruit de graviers au démarrage.\nvanne V-12 ouverte\nNPSH vérifié"
    assert not any(c in text for c in "#>*`[]")
    assert markdown_text("") == ""


def test_substantive_means_enough_words_and_not_mostly_thanks():
    assert not substantive("Thanks!")
    assert not substantive("Mets « défaut de formation », ça passe mieux")
    assert not substantive("Merci beaucoup, ça marche super bien, top, merci merci, c'est vraiment parfait, thanks a lot")
    assert substantive("Check that the suction valve is fully open and that the strainer is clean before restarting")
    assert not substantive("Check that the suction valve is fully open and that the strainer is clean", pointer=True)


def post(body, votes=0, accepted=False, position=1):
    return {"body": body, "votes": votes, "accepted": accepted, "position": position}


def test_the_answer_shown_is_the_accepted_one_else_the_best_voted_substantive_one():
    good = "Typically cavitation on the suction side: open the suction valve fully and vent the casing first."
    other = "Look at the fluid temperature too: a warm tank lowers the available NPSH a lot after a stop."
    wrong = post("Mets « défaut de formation », ça passe mieux", votes=9)
    assert choose_answer([wrong, post(good, 1, True, 2), post(other, 5, False, 3)])["body"] == good
    assert choose_answer([wrong, post("Thanks!", 4, False, 2), post(other, 2, False, 3), post(good, 2, False, 4)])["body"] == other
    assert choose_answer([wrong, post("Thanks!", 4)]) is None


def test_the_window_starts_at_a_sentence_and_ends_at_a_sentence_end():
    text = ("Intro words that do not matter at all here. " * 6 + "The suction valve was half open. "
            "Open it fully before a restart. Then vent the casing and check the strainer carefully. " + "More text. " * 30)
    start = text.index("suction")
    shown, spans, cut = sentence_window(text, [(start, start + 7)], 160)
    assert shown.startswith("… The suction valve") and shown.endswith(". …") and cut
    a, b = spans[0]
    assert shown[a:b] == "suction"
    short, spans, cut = sentence_window("A short answer.", [], 160)
    assert (short, cut) == ("A short answer.", False)
