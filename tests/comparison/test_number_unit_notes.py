"""The note of a converted measurement names the units as the two texts write them.
Examples written for this test."""

import warnings

import massmob_nlp as mm


def test_a_converted_measurement_keeps_its_unit_words():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare("The yacht was found 4 nautical miles off the cape.",
                       "พบเรือยอชต์ห่างจากแหลมราว 7.4 กิโลเมตร")
    row = c.numbers[c.numbers["src_text"].astype(str) == "4"].iloc[0]
    assert str(row["status"]) in ("format_only", "qualifier_changed")
    assert "nautical miles → กิโลเมตร" in str(row["note"])
