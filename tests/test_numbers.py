"""Numbers in digits or words, and the hedge words that qualify them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.numbers import number_values, parse_number_words, qualifier_cue

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def below_thousand(n: int, hyphen: bool, use_and: bool) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        if ones:
            words += [f"{TENS[tens]}-{ONES[ones]}"] if hyphen else [TENS[tens], ONES[ones]]
        else:
            words.append(TENS[tens])
    elif rest:
        words.append(ONES[rest])
    return words


def number_to_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English cardinal for 0..999,999,999 ("one hundred and twenty-five" style when use_and)."""
    assert 0 <= n < 1_000_000_000
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, size in (("million", 1_000_000), ("thousand", 1_000), ("", 1)):
        chunk = (n // size) % 1000
        if not chunk:
            continue
        if use_and and words and size == 1 and chunk < 100:
            words.append("and")  # British "one thousand and five"
        words += below_thousand(chunk, hyphen, use_and)
        if scale:
            words.append(scale)
    return " ".join(words)


def test_number_to_words_helper():
    assert number_to_words(125, use_and=True) == "one hundred and twenty-five"
    assert number_to_words(125, hyphen=False) == "one hundred twenty five"
    assert number_to_words(1_005, use_and=True) == "one thousand and five"
    assert number_to_words(70_000_300) == "seventy million three hundred"


NUMBERS = st.one_of(st.integers(0, 100), st.integers(0, 999_999_999))


@given(NUMBERS, st.booleans(), st.booleans())
@settings(max_examples=300)
def test_words_parse_back(n, hyphen, use_and):
    words = number_to_words(n, hyphen, use_and)
    assert parse_number_words(words) == n
    assert parse_number_words(words.upper()) == n


@given(NUMBERS, st.booleans(), st.booleans(), st.sampled_from([
    "Officials said {} people were counted.",
    "{} drones were launched, according to the ministry.",
    "The count rose to {}.",
    "Police reported {} injuries on Friday",
]))
@settings(max_examples=200)
def test_words_found_inside_a_sentence(n, hyphen, use_and, sentence):
    words = number_to_words(n, hyphen, use_and)
    if sentence.startswith("{}"):
        words = words[0].upper() + words[1:]
    assert n in number_values(sentence.format(words))


@given(st.integers(0, 999_999_999), st.sampled_from(["Some {} fled.", "{} seats", "with {} votes, up from 3"]))
@settings(max_examples=200)
def test_digits_with_thousands_commas(n, sentence):
    assert n in number_values(sentence.format(f"{n:,}"))
    assert n in number_values(sentence.format(str(n)))


@pytest.mark.parametrize("phrase", ["", "and", "hello", "five apples", "twenty-something", "12"])
def test_parse_number_words_rejects_non_numbers(phrase):
    assert parse_number_words(phrase) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hundreds of supporters marched", 200),
        ("several hundred people", 300),
        ("a dozen guards", 12),
        ("dozens of rockets", 24),
        ("thousands of voters", 2000),
        ("a third drone was found", 3),
        ("a protester was killed", 1),
        ("an explosion was heard", 1),
        ("another protester died", 1),
    ],
)
def test_vague_amounts_ordinals_and_articles(text, value):
    assert value in number_values(text)


def test_number_values_reads_every_number():
    assert {3, 1_250, 42} <= number_values("three drones, 1,250 people and forty-two cars")


def test_number_values_has_nothing_without_numbers():
    assert number_values("Nobody was hurt in the attack on Sunday") == set()


@pytest.mark.parametrize("text, values", [("between twenty and thirty people", {20, 30}),
                                           ("two and three drones", {2, 3})])
def test_two_numbers_joined_by_and_stay_apart(text, values):
    got = number_values(text)
    assert values <= got and sum(values) not in got


# --- qualifier cues (sentences written for the tests) ----------------------------------------------


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("at least 12 guards were hurt", "at_least"),
        ("No fewer than nine rockets landed", "at_least"),
        ("more than 300 people marched", "more_than"),
        ("upwards of 40 vehicles", "more_than"),
        ("up to five drones were used", "at_most"),
        ("fewer than ten people", "less_than"),
        ("around 40 seats", "about"),
        ("an estimated 2,000 protesters", "about"),
        ("nearly 600 were killed", "nearly"),
        ("almost 40 of the 90 seats", "nearly"),
        ("nearly a dozen drones", "nearly"),
        ("at least “one explosion”", "at_least"),
        ("more than a hundred people", "more_than"),
        ("a dozen guards", "about"),
        ("an unspecified number of guards", "unspecified"),
        ("hundreds of protesters", "at_least"),
        ("several thousand marchers", "at_least"),
        ("three drones", "exact"),
        ("someone said five", "exact"),
        ("the abouts of 4 drones", "exact"),
        ("AT LEAST\nsix", "at_least"),
    ],
)
def test_qualifier_cue(text, qualifier):
    assert qualifier_cue(text) == qualifier


@pytest.mark.parametrize("text", ["a third, carrying about a kilogram of explosives, hit the roof",
                                  "some of the 7 guards were hurt", "over the past 3 days, 5 drones",
                                  "almost half of the 90 seats"])
def test_a_cue_qualifies_only_the_number_right_after_it(text):
    # C5: "about a kilogram" hedges the weight, not the count
    assert qualifier_cue(text) == "exact"
    assert vectorized_cue([text]) == ["exact"]


def test_no_more_than_is_at_most():
    assert qualifier_cue("no more than five guards were hurt") == "at_most"


CUE_PIECES = ["at least", "no more than", "more than", "about", "nearly", "some", "up to", "hundreds", "Around",
              "a", "an", "“", '"', "dozen", "a dozen", "hundred", "five", "Twenty", "dozens", "several", "kilogram", "of",
              "ALMOST", "fewer than", "unconfirmed", "Several", "7", "drones", "were", "shot", "somewhat", "aboutness",
              "at", "least", "ā", "é", "\u0301", "_", "-", "'", ",", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "\u212a"]


def vectorized_cue(texts):
    import polars as pl

    from kadhimi_ds.numbers import qualifier_cue_expr

    return pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(qualifier_cue_expr(pl.col("t"))).to_series().to_list()


@given(st.lists(st.sampled_from(CUE_PIECES), max_size=10).map("".join))
@settings(max_examples=300)
def test_vectorized_cue_agrees_with_qualifier_cue(text):
    # pieces glued with no space too: "āsome", "some\u0301" and "at\x1cleast" test the word
    # boundaries and the spaces of both versions
    assert vectorized_cue([text]) == [qualifier_cue(text)]


@given(st.lists(st.text(), max_size=20))
def test_vectorized_cue_agrees_on_any_text(texts):
    assert vectorized_cue(texts) == [qualifier_cue(t) for t in texts]


@pytest.mark.parametrize("text, qualifier", [("Some\u0301 5 drones", "exact"), ("āsome 5 drones", "about"),
                                             ("at\u00a0least 5", "at_least"), ("at\x1cleast 5", "at_least"),
                                             ("some_5 drones", "exact")])
def test_cue_word_boundaries_are_ascii(text, qualifier):
    assert qualifier_cue(text) == qualifier
    assert vectorized_cue([text]) == [qualifier]


NUMBER_PIECES = ["a", "an", "A", "one", "two", "twenty", "Five", "SIX", "twenty-five", "Forty-Two", "third", "hundred",
                 "hundreds", "thousand", "several", "dozen", "and", "one-sided", "drones", "12", "1,250", "1,2345", "7,5",
                 "Seven", "of", "the", "some", "x", " ", " ", " ", "-", "--", ", ", "_", "ā", "\u212a", "\u0130", "٣"]


def sure_values(text: str, values) -> set:
    import polars as pl

    from kadhimi_ds.numbers import value_in_text_expr

    frame = pl.DataFrame({"t": text, "v": list(values)}, schema={"t": pl.String, "v": pl.Int64})
    sure = frame.select(value_in_text_expr(pl.col("t"), pl.col("v"))).to_series()
    return {v for v, s in zip(values, sure) if s}


@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=12).map("".join), st.sets(st.integers(0, 3000), max_size=5))
@settings(max_examples=400)
def test_vectorized_value_check_never_accepts_what_number_values_refuses(text, extra):
    # pieces glued with no space too: "five-twenty", "x-five", "5five" and "āfive" test the tokens
    values = number_values(text)
    asked = [v for v in values if v < 2**63] + [*extra, *range(0, 100), None]
    assert sure_values(text, asked) <= values


@pytest.mark.parametrize("text, sure", [
    ("twenty-five drones and 1,250 people", {25, 1_250}),
    ("a third drone, then dozens more", {1, 3, 24}),
    ("several hundred people, 12 hurt", {12}),
    ("between twenty and thirty people", {20, 30}),
    ("twenty five drones and 12 cars", set()),  # number words read together: ask number_values
    ("five twenty-hundred", set()),
    ("one-one five", set()),
    ("one hundred and five", set()),
    ("five ā six", set()),
    ("five \u212a six", set()),
    ("x-five drones", set()),
    ("a five-year plan", {1}),
    ("5five", {5}),
])
def test_vectorized_value_check(text, sure):
    assert sure_values(text, range(0, 3000)) == sure
    assert sure <= number_values(text)


def test_polars_regex_classes_and_lowercase_match_python():
    r"""What the vectorized versions rely on, over every code point: polars' \s with \x1c-\x1f
    is Python's \s; every Python digit is a polars digit; lowercasing agrees wherever ASCII
    or spaces come out."""
    import re

    import polars as pl

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    column = pl.Series(chars)
    space, digit = re.compile(r"\s"), re.compile(r"\d")
    assert column.str.contains(r"^[\s\x1c-\x1f]$").to_list() == [bool(space.fullmatch(c)) for c in chars]
    python_digits = [c for c in chars if digit.fullmatch(c)]
    assert pl.Series(python_digits).str.contains(r"^\d$").all()
    differ = [(a, b) for a, b in zip(map(str.lower, chars), column.str.to_lowercase()) if a != b]
    assert not any(re.search(r"[\x00-\x7f]|\s", a + b) for a, b in differ)
