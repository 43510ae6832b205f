"""Colour classes: outliers do not wash out the rest; zero separates losses from gains."""

import numpy as np

from dashboard.figures.scales import (
    DIVERGING_NEGATIVE,
    DIVERGING_POSITIVE,
    classify,
    diverging_classes,
    nice_round,
    sequential_classes,
    stepped_colorscale,
)

# BNS net migration, all flows, 2023, the 20 regions (data/regional_indicators.csv).
NET_2023 = np.array(
    [
        -7141,
        -4056,
        -2158,
        994,
        -2056,
        -1444,
        -14194,
        -9099,
        -5133,
        -3553,
        -7196,
        2224,
        -3917,
        -3656,
        -22759,
        -2373,
        -3864,
        51539,
        43210,
        3925,
    ],
    dtype=float,
)


def test_diverging_classes_split_at_zero():
    classes = diverging_classes(NET_2023)
    assert any(c.upper == 0.0 for c in classes) and any(c.lower == 0.0 for c in classes)
    index = classify(NET_2023, classes)
    negatives = {classes[int(i)].colour for i in index[NET_2023 < 0]}
    positives = {classes[int(i)].colour for i in index[NET_2023 > 0]}
    assert negatives <= set(DIVERGING_NEGATIVE) and positives <= set(DIVERGING_POSITIVE)


def test_astana_and_almaty_do_not_wash_out_the_oblasts():
    index = classify(NET_2023, diverging_classes(NET_2023))
    losing = index[NET_2023 < 0]
    # A continuous scale would give every losing oblast nearly the same colour.
    assert len(set(losing)) == 3


def test_sequential_classes_cover_every_value():
    values = np.array([315203, 380990, 598526, 1130439, 2005023, np.nan])
    classes = sequential_classes(values)
    index = classify(values, classes)
    assert np.isnan(index[-1]) and not np.isnan(index[:-1]).any()
    assert classes[0].lower == 315203 and classes[-1].upper == 2005023


def test_single_value_and_empty_input():
    assert len(sequential_classes(np.array([5.0]))) == 1
    assert sequential_classes(np.array([np.nan])) == []
    assert diverging_classes(np.array([])) == []


def test_stepped_colorscale_has_flat_bands():
    classes = diverging_classes(NET_2023)
    scale = stepped_colorscale(classes)
    assert scale[0][0] == 0 and scale[-1][0] == 1 and len(scale) == 2 * len(classes)


def test_nice_round():
    assert nice_round(75854) == 76000 and nice_round(0) == 0
