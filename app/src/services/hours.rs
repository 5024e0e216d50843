//! Opening hours as staff type them in Estonian ("E–R 8.00–17.00"), shown in the reader's
//! language ("Mon–Fri 8:00–17:00"). Pure and shared with the browser.

use crate::core::i18n::Locale;

/// Estonian day letters, Monday first, and the same days in English and Russian.
const DAYS: [(&str, &str, &str); 7] = [
    ("E", "Mon", "Пн"),
    ("T", "Tue", "Вт"),
    ("K", "Wed", "Ср"),
    ("N", "Thu", "Чт"),
    ("R", "Fri", "Пт"),
    ("L", "Sat", "Сб"),
    ("P", "Sun", "Вс"),
];

/// The hours in `locale`. Text in the usual form — parts separated by commas, each
/// "days times" with days as a letter or a range ("E–R", "L") and times as "8.00–17.00" —
/// is translated; anything else is shown as written, since it is the owner's own words.
pub fn hours_in(text: &str, locale: Locale) -> String {
    if locale == Locale::Et {
        return text.to_owned();
    }
    let parts: Option<Vec<String>> = text.split(',').map(|part| translate_part(part.trim(), locale)).collect();
    parts.map(|parts| parts.join(", ")).unwrap_or_else(|| text.to_owned())
}

fn translate_part(part: &str, locale: Locale) -> Option<String> {
    let (days, times) = part.split_once(' ')?;
    let days = days
        .split(['–', '-'])
        .map(|letter| DAYS.iter().find(|(et, _, _)| *et == letter).map(|(_, en, ru)| if locale == Locale::Ru { *ru } else { *en }))
        .collect::<Option<Vec<_>>>()?;
    if days.is_empty() || days.len() > 2 {
        return None;
    }
    let times = times
        .trim()
        .split(['–', '-'])
        .map(|time| {
            let (hours, minutes) = time.split_once(['.', ':'])?;
            let valid = hours.parse::<u8>().ok()? < 24 && minutes.len() == 2 && minutes.parse::<u8>().ok()? < 60;
            valid.then(|| format!("{hours}:{minutes}"))
        })
        .collect::<Option<Vec<_>>>()?;
    (times.len() == 2).then(|| format!("{} {}", days.join("–"), times.join("–")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estonian_day_letters_become_the_readers_days() {
        assert_eq!(hours_in("E–R 8.00–17.00", Locale::En), "Mon–Fri 8:00–17:00");
        assert_eq!(hours_in("E–R 8.00–17.00", Locale::Ru), "Пн–Пт 8:00–17:00");
        assert_eq!(hours_in("E–R 8.00–17.00", Locale::Et), "E–R 8.00–17.00");
        assert_eq!(hours_in("E-N 9.00-18.00, R 9.00-14.30", Locale::En), "Mon–Thu 9:00–18:00, Fri 9:00–14:30");
        assert_eq!(hours_in("L 10:00–14:00", Locale::Ru), "Сб 10:00–14:00");
    }

    #[test]
    fn anything_else_is_shown_as_the_owner_wrote_it() {
        for text in ["kokkuleppel", "E–R 8.00", "X–R 8.00–17.00", "E–R 25.00–26.00", "", "E–K–R 8.00–9.00"] {
            assert_eq!(hours_in(text, Locale::En), text, "{text:?}");
        }
    }
}
