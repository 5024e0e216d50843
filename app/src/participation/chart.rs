//! The geometry of a yearly bar chart, drawn by the server as SVG: no script, no canvas,
//! the same picture with JavaScript off. Pure; the page adds the table that says the same.

use super::model::YearValue;

pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 260;
/// Room for the year labels under the bars and the scale's label above them.
const BOTTOM: u32 = 28;
const TOP: u32 = 24;
const LEFT: u32 = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub year: i32,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    /// Where the year's label is centred.
    pub label_x: u32,
}

/// A "nice" top for the scale: the next of 1, 2, 2.5, 5 × 10ⁿ at or above the largest value.
pub fn scale_top(max: i64) -> i64 {
    if max <= 0 {
        return 100;
    }
    let mut magnitude: i64 = 1;
    while magnitude.saturating_mul(10) <= max {
        magnitude = magnitude.saturating_mul(10);
    }
    for step in [10, 20, 25, 50, 100] {
        let candidate = magnitude.saturating_mul(step) / 10;
        if candidate >= max {
            return candidate;
        }
    }
    magnitude.saturating_mul(10)
}

/// The bars of the values, oldest year on the left; heights relative to `scale_top`.
pub fn bars(values: &[YearValue]) -> (Vec<Bar>, i64) {
    let mut sorted = values.to_vec();
    sorted.sort_by_key(|v| v.year);
    let top = scale_top(sorted.iter().map(|v| v.hundredths).max().unwrap_or(0));
    let count = sorted.len().max(1) as u32;
    let plot_width = WIDTH - LEFT * 2;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let slot = plot_width / count;
    let width = (slot * 3 / 5).max(4);
    let bars = sorted
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let height = (i128::from(v.hundredths.max(0)) * i128::from(plot_height) / i128::from(top)) as u32;
            let slot_x = LEFT + slot * i as u32;
            Bar { year: v.year, x: slot_x + (slot - width) / 2, y: TOP + plot_height - height, width, height, label_x: slot_x + slot / 2 }
        })
        .collect();
    (bars, top)
}

/// The baseline the bars stand on.
pub fn axis_y() -> u32 {
    HEIGHT - BOTTOM
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_tops_out_at_a_round_number() {
        assert_eq!(scale_top(2_349_113), 2_500_000);
        assert_eq!(scale_top(51_644_200), 100_000_000);
        assert_eq!(scale_top(1_000), 1_000);
        assert_eq!(scale_top(1_001), 2_000);
        assert_eq!(scale_top(0), 100);
    }

    #[test]
    fn bars_are_in_year_order_and_as_tall_as_their_share() {
        let values = [YearValue { year: 2022, hundredths: 2_500_000 }, YearValue { year: 2020, hundredths: 1_250_000 }];
        let (bars, top) = bars(&values);
        assert_eq!(top, 2_500_000);
        assert_eq!(bars.iter().map(|b| b.year).collect::<Vec<_>>(), [2020, 2022]);
        let full = HEIGHT - TOP - BOTTOM;
        assert_eq!(bars[1].height, full);
        assert_eq!(bars[0].height, full / 2);
        assert_eq!(bars[1].y + bars[1].height, axis_y());
        assert!(bars[0].x + bars[0].width < bars[1].x, "bars do not overlap");
        assert!(bars[1].x + bars[1].width <= WIDTH);
    }
}
