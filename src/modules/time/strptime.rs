//! `time.strptime(string, format)`, natively.
//!
//! The format becomes a list of pieces (a literal character, a run of
//! blanks, a conversion). Matching walks the pieces with backtracking: each
//! piece offers the places where it could end, most preferred first (longest
//! number, longest name, as many blanks as there are), so the result is the
//! first complete walk, as a regular-expression match would find it; what is
//! left after the last piece is "unconverted data". Then the fields are turned
//! into a date: defaults, 12-hour clock, week numbers, ISO weeks, day of year.
//! Names are those of the C locale and the zone names come from `tzset`.

use super::calendar::zone;
use super::struct_time;
use crate::objects::numparse::decimal_value;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// What `%c`, `%x` and `%X` stand for in the C locale.
fn composite(c: char) -> Option<&'static str> {
    match c {
        'c' => Some("%a %b %d %H:%M:%S %Y"),
        'x' => Some("%m/%d/%y"),
        'X' => Some("%H:%M:%S"),
        _ => None,
    }
}

const CONVERSIONS: &str = "aAbBdfGHIjmMpSuUVwWyYzZ";

#[derive(Clone, Copy, PartialEq)]
enum Piece {
    /// One character, compared without regard to case.
    Text(char),
    /// One or more whitespace characters.
    Blank,
    /// A conversion such as `Y`.
    Field(char),
}

fn parse_format(interp: &mut Interp, fmt: &str, whole: &str, pieces: &mut Vec<Piece>) -> PyResult<()> {
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|n| n.is_whitespace()) {
                chars.next();
            }
            if pieces.last() != Some(&Piece::Blank) {
                pieces.push(Piece::Blank);
            }
            continue;
        }
        if c != '%' {
            pieces.push(Piece::Text(c));
            continue;
        }
        match chars.next() {
            None => return Err(interp.value_error(format!("stray % in format '{whole}'"))),
            Some('%') => pieces.push(Piece::Text('%')),
            Some(k) if CONVERSIONS.contains(k) => {
                let groups = |ps: &[Piece]| ps.iter().filter(|p| matches!(p, Piece::Field(_))).count();
                if let Some(first) = pieces.iter().position(|p| *p == Piece::Field(k)) {
                    let was = groups(&pieces[..first]) + 1;
                    let now = groups(pieces) + 1;
                    let msg = format!("redefinition of group name '{k}' as group {now}; was group {was}");
                    return Err(interp.value_error(msg));
                }
                pieces.push(Piece::Field(k));
            }
            Some(k) => match composite(k) {
                Some(expansion) => parse_format(interp, expansion, whole, pieces)?,
                None => return Err(interp.value_error(format!("'{k}' is a bad directive in format '{whole}'"))),
            },
        }
    }
    Ok(())
}

/// Case-insensitive equality of two characters.
fn same_char(a: char, b: char) -> bool {
    a == b
        || a.to_lowercase().next() == b.to_lowercase().next()
        || a.to_uppercase().next() == b.to_uppercase().next()
}

/// For each digit count a number may have (most preferred first), the values allowed.
fn number_shapes(field: char) -> &'static [(usize, u32, u32)] {
    match field {
        'd' => &[(2, 1, 31), (1, 1, 9)],
        'm' | 'I' => &[(2, 1, 12), (1, 1, 9)],
        'H' => &[(2, 0, 23), (1, 0, 9)],
        'M' => &[(2, 0, 59), (1, 0, 9)],
        'S' => &[(2, 0, 61), (1, 0, 9)],
        'U' | 'W' => &[(2, 0, 53), (1, 0, 9)],
        'V' => &[(2, 1, 53), (1, 0, 9)],
        'j' => &[(3, 1, 366), (2, 1, 99), (1, 1, 9)],
        'w' => &[(1, 0, 6)],
        'u' => &[(1, 1, 7)],
        'y' => &[(2, 0, 99)],
        'Y' | 'G' => &[(4, 0, 9999)],
        'f' => &[(6, 0, 999_999), (5, 0, 99_999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)],
        _ => &[],
    }
}

struct Matcher<'a> {
    data: &'a [char],
    pieces: &'a [Piece],
    /// The accepted `%Z` names, lower case, longest first.
    zones: Vec<String>,
    /// The text each conversion matched, as (conversion, start, end).
    found: Vec<(char, usize, usize)>,
}

impl Matcher<'_> {
    fn digit(&self, at: usize) -> Option<u32> {
        self.data.get(at).and_then(|c| decimal_value(*c))
    }

    /// The value of `len` digits at `at`, if they are all digits.
    fn digits(&self, at: usize, len: usize) -> Option<u32> {
        (at..at + len).try_fold(0u32, |acc, i| self.digit(i).map(|d| acc * 10 + d))
    }

    /// Whether `word` (lower case) is at `at`.
    fn word_at(&self, at: usize, word: &str) -> bool {
        let mut i = at;
        for w in word.chars() {
            match self.data.get(i) {
                Some(c) if same_char(*c, w) => i += 1,
                _ => return false,
            }
        }
        true
    }

    fn names_at(&self, at: usize, names: &[&str], out: &mut Vec<usize>) {
        let mut sorted: Vec<&str> = names.to_vec();
        sorted.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        for n in sorted {
            if self.word_at(at, n) {
                out.push(at + n.chars().count());
            }
        }
    }

    /// Where a `%z` offset starting at `at` may end: `Z`, or a sign, hours,
    /// minutes, then optionally seconds and a fraction, each `:` optional.
    fn offset_ends(&self, at: usize, out: &mut Vec<usize>) {
        let d = self.data;
        if d.get(at) == Some(&'Z') {
            out.push(at + 1);
            return;
        }
        if !matches!(d.get(at), Some('+') | Some('-')) || self.digits(at + 1, 2).is_none() {
            return;
        }
        let sixty = |m: &Self, i: usize| m.digit(i).is_some_and(|x| x <= 5) && m.digit(i + 1).is_some();
        let colon_options = |i: usize| {
            let mut v = Vec::with_capacity(2);
            if d.get(i) == Some(&':') {
                v.push(i + 1);
            }
            v.push(i);
            v
        };
        for minutes in colon_options(at + 3) {
            if !sixty(self, minutes) {
                continue;
            }
            let after_minutes = minutes + 2;
            for seconds in colon_options(after_minutes) {
                if !sixty(self, seconds) {
                    continue;
                }
                let after_seconds = seconds + 2;
                if d.get(after_seconds) == Some(&'.') {
                    let n = (1..=6).take_while(|k| self.digit(after_seconds + k).is_some()).count();
                    for k in (1..=n).rev() {
                        out.push(after_seconds + 1 + k);
                    }
                }
                out.push(after_seconds);
            }
            out.push(after_minutes);
        }
    }

    /// The places where piece `k` may end when it starts at `at`, best first.
    fn ends(&self, k: usize, at: usize) -> Vec<usize> {
        let mut out = Vec::new();
        match self.pieces[k] {
            Piece::Text(c) => {
                if self.data.get(at).is_some_and(|d| same_char(*d, c)) {
                    out.push(at + 1);
                }
            }
            Piece::Blank => {
                let n = self.data[at.min(self.data.len())..].iter().take_while(|c| c.is_whitespace()).count();
                out.extend((1..=n).rev().map(|i| at + i));
            }
            Piece::Field(f) => match f {
                'a' => {
                    let abbr: Vec<&str> = WEEKDAYS.iter().map(|w| &w[..3]).collect();
                    self.names_at(at, &abbr, &mut out);
                }
                'A' => self.names_at(at, &WEEKDAYS, &mut out),
                'b' => {
                    let abbr: Vec<&str> = MONTHS.iter().map(|m| &m[..3]).collect();
                    self.names_at(at, &abbr, &mut out);
                }
                'B' => self.names_at(at, &MONTHS, &mut out),
                'p' => self.names_at(at, &["am", "pm"], &mut out),
                'Z' => {
                    let zones: Vec<&str> = self.zones.iter().map(|z| z.as_str()).collect();
                    self.names_at(at, &zones, &mut out);
                }
                'z' => self.offset_ends(at, &mut out),
                _ => {
                    for &(len, lo, hi) in number_shapes(f) {
                        if self.digits(at, len).is_some_and(|v| (lo..=hi).contains(&v)) {
                            out.push(at + len);
                        }
                    }
                    if f == 'd' && self.data.get(at) == Some(&' ') && self.digit(at + 1).is_some_and(|v| v >= 1) {
                        out.push(at + 2);
                    }
                }
            },
        }
        out
    }

    /// Matches the pieces from `k` on at `at`; the end of the first complete walk.
    fn walk(&mut self, k: usize, at: usize) -> Option<usize> {
        if k == self.pieces.len() {
            return Some(at);
        }
        for end in self.ends(k, at) {
            if let Piece::Field(f) = self.pieces[k] {
                self.found.push((f, at, end));
            }
            if let Some(done) = self.walk(k + 1, end) {
                return Some(done);
            }
            if let Piece::Field(_) = self.pieces[k] {
                self.found.pop();
            }
        }
        None
    }
}

// ---- dates (proleptic Gregorian, day 1 = 0001-01-01) -----------------------

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn month_length(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn year_length(y: i64) -> i64 {
    if is_leap(y) {
        366
    } else {
        365
    }
}

/// The day number of a date known to be valid.
fn day_number(y: i64, m: i64, d: i64) -> i64 {
    let p = y - 1;
    let before_year = p * 365 + p / 4 - p / 100 + p / 400;
    let before_month: i64 = (1..m).map(|k| month_length(y, k)).sum();
    before_year + before_month + d
}

/// The date of a day number.
fn date_of(n: i64) -> (i64, i64, i64) {
    let mut y = (n - 1) * 400 / 146_097 + 1;
    while day_number(y, 1, 1) > n {
        y -= 1;
    }
    while day_number(y + 1, 1, 1) <= n {
        y += 1;
    }
    let mut rest = n - day_number(y, 1, 1) + 1;
    let mut m = 1;
    while rest > month_length(y, m) {
        rest -= month_length(y, m);
        m += 1;
    }
    (y, m, rest)
}

/// Monday is 0.
fn weekday_of(n: i64) -> i64 {
    (n - 1).rem_euclid(7)
}

/// The day number of a date, with `datetime.date`'s checks and messages.
fn checked_day(interp: &mut Interp, y: i64, m: i64, d: i64) -> PyResult<i64> {
    if !(1..=9999).contains(&y) {
        return Err(interp.value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(interp.value_error("month must be in 1..12"));
    }
    if d < 1 || d > month_length(y, m) {
        return Err(interp.value_error("day is out of range for month"));
    }
    Ok(day_number(y, m, d))
}

/// The day of year (from 1, possibly outside the year) of a week-numbered
/// weekday: weeks start on Sunday for `%U`, Monday for `%W`; week 1 holds
/// the first such day of the year, days before it are week 0.
fn day_of_year_from_week(jan1_weekday: i64, week: i64, weekday: i64, sunday_first: bool) -> i64 {
    let shift = |wd: i64| if sunday_first { (wd + 1) % 7 } else { wd };
    let (first, day) = (shift(jan1_weekday), shift(weekday));
    if week == 0 {
        return 1 + day - first;
    }
    let week1_start = (7 - first) % 7;
    week1_start + 7 * (week - 1) + day + 1
}

/// A string argument of strptime (str or a subclass).
fn text_arg(interp: &mut Interp, v: Option<&Value>, position: usize) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Instance(inst)) if matches!(inst.builtin_base(), Some(Value::Str(_))) => match inst.builtin_base() {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            _ => unreachable!(),
        },
        Some(other) => {
            let cls = Value::Class(interp.type_of(other));
            let shown = interp.repr(&cls)?;
            Err(interp.type_error(format!("strptime() argument {position} must be str, not {shown}")))
        }
        None => Ok("%a %b %d %H:%M:%S %Y".to_string()),
    }
}

fn number(text: &[char]) -> i64 {
    text.iter().filter_map(|c| decimal_value(*c)).fold(0i64, |acc, d| acc * 10 + d as i64)
}

fn lower_text(text: &[char]) -> String {
    text.iter().collect::<String>().to_lowercase()
}

/// The fields found, before they become a date.
#[derive(Default)]
struct Fields {
    year: Option<i64>,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: Option<i64>,
    julian: Option<i64>,
    week: Option<(i64, bool)>,
    iso_year: Option<i64>,
    iso_week: Option<i64>,
    isdst: i64,
    zone_name: Option<String>,
    gmtoff: Option<i64>,
}

fn gmtoff_of(interp: &mut Interp, text: &[char]) -> PyResult<i64> {
    if text == ['Z'] {
        return Ok(0);
    }
    let shown: String = text.iter().collect();
    let mut body: Vec<char> = text[1..].to_vec();
    if body.get(2) == Some(&':') {
        body.remove(2);
        if body.len() > 4 && body[4] != ':' {
            return Err(interp.value_error(format!("Inconsistent use of : in {shown}")));
        }
    }
    let digits: Vec<char> = body.iter().take_while(|c| **c != '.').filter(|c| **c != ':').copied().collect();
    let hours = number(&digits[0..2]);
    let minutes = number(&digits[2..4]);
    let seconds = if digits.len() >= 6 { number(&digits[4..6]) } else { 0 };
    let total = hours * 3600 + minutes * 60 + seconds;
    Ok(if text[0] == '-' { -total } else { total })
}

pub fn strptime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "strptime", kwargs)?;
    match args.len() {
        0 => {
            return Err(
                interp.type_error("_strptime_time() missing 1 required positional argument: 'data_string'")
            )
        }
        1 | 2 => {}
        n => {
            return Err(interp.type_error(format!(
                "_strptime_time() takes from 1 to 2 positional arguments but {n} were given"
            )))
        }
    }
    let data = text_arg(interp, args.first(), 0)?;
    let fmt = text_arg(interp, args.get(1), 1)?;
    let mut pieces = Vec::new();
    parse_format(interp, &fmt, &fmt, &mut pieces)?;

    let tz = zone(interp);
    let mut zones: Vec<String> = vec!["utc".into(), "gmt".into(), tz.names.0.to_lowercase()];
    if tz.daylight {
        zones.push(tz.names.1.to_lowercase());
    }
    zones.dedup();
    let chars: Vec<char> = data.chars().collect();
    let mut m = Matcher { data: &chars, pieces: &pieces, zones, found: Vec::new() };
    let Some(end) = m.walk(0, 0) else {
        let (d, f) = (interp.repr(&Value::str(&data))?, interp.repr(&Value::str(&fmt))?);
        return Err(interp.value_error(format!("time data {d} does not match format {f}")));
    };
    if end < chars.len() {
        let rest: String = chars[end..].iter().collect();
        return Err(interp.value_error(format!("unconverted data remains: {rest}")));
    }
    let found = std::mem::take(&mut m.found);

    let mut f = Fields { month: 1, day: 1, isdst: -1, ..Fields::default() };
    let meridian = found.iter().find(|(c, _, _)| *c == 'p').map(|(_, a, b)| lower_text(&chars[*a..*b]));
    for (conv, a, b) in found {
        let text = &chars[a..b];
        let n = number(text);
        match conv {
            'y' => f.year = Some(if n <= 68 { n + 2000 } else { n + 1900 }),
            'Y' => f.year = Some(n),
            'G' => f.iso_year = Some(n),
            'm' => f.month = n,
            'b' | 'B' => {
                let word = lower_text(text);
                f.month = MONTHS.iter().position(|mo| mo.starts_with(&word)).unwrap_or(0) as i64 + 1;
            }
            'd' => f.day = n,
            'H' => f.hour = n,
            'I' => {
                f.hour = match meridian.as_deref() {
                    Some("pm") if n != 12 => n + 12,
                    Some("pm") => n,
                    _ if n == 12 => 0,
                    _ => n,
                }
            }
            'M' => f.minute = n,
            'S' => f.second = n,
            'a' | 'A' => {
                let word = lower_text(text);
                f.weekday = WEEKDAYS.iter().position(|w| w.starts_with(&word)).map(|p| p as i64);
            }
            'w' => f.weekday = Some((n + 6) % 7),
            'u' => f.weekday = Some(n - 1),
            'j' => f.julian = Some(n),
            'U' => f.week = Some((n, true)),
            'W' => f.week = Some((n, false)),
            'V' => f.iso_week = Some(n),
            'z' => f.gmtoff = Some(gmtoff_of(interp, text)?),
            'Z' => {
                let shown: String = text.iter().collect();
                let lower = shown.to_lowercase();
                let plain = lower == "utc" || lower == "gmt";
                let ambiguous = tz.names.0 == tz.names.1 && tz.daylight && !plain;
                if plain || lower == tz.names.0.to_lowercase() {
                    if !ambiguous {
                        f.isdst = 0;
                    }
                } else if tz.daylight && lower == tz.names.1.to_lowercase() && !ambiguous {
                    f.isdst = 1;
                }
                f.zone_name = Some(shown);
            }
            _ => {}
        }
    }
    finish(interp, f)
}

/// Completes the date from the fields and makes the struct_time.
fn finish(interp: &mut Interp, mut f: Fields) -> PyResult<Value> {
    // February 29 without a year is read in a leap year, then shown with 1900.
    let leap_day_alone = f.year.is_none() && f.month == 2 && f.day == 29;
    let mut year = match f.year {
        Some(y) => y,
        None if leap_day_alone => 1904,
        None => 1900,
    };
    const WEEKDAY_NAMES: &str = "('%A', '%a', '%w', or '%u')";
    // The ISO year counts only without %Y; then it needs an ISO week and a weekday.
    let iso = f.year.is_none() && f.iso_year.is_some();
    if iso {
        if f.iso_week.is_none() || f.weekday.is_none() {
            return Err(interp.value_error(format!(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive {WEEKDAY_NAMES}."
            )));
        }
        if f.julian.is_some() {
            return Err(interp.value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if f.iso_week.is_some() {
        let msg = if f.weekday.is_none() {
            format!("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive {WEEKDAY_NAMES}.")
        } else {
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.".to_string()
        };
        return Err(interp.value_error(msg));
    }

    if let (None, Some(weekday)) = (f.julian, f.weekday) {
        if let Some((week, sunday_first)) = f.week {
            let jan1 = checked_day(interp, year, 1, 1)?;
            f.julian = Some(day_of_year_from_week(weekday_of(jan1), week, weekday, sunday_first));
        } else if let (true, Some(iso_year), Some(iso_week)) = (iso, f.iso_year, f.iso_week) {
            let jan4 = checked_day(interp, iso_year, 1, 4)?;
            let week1_monday = jan4 - weekday_of(jan4);
            let target = week1_monday + 7 * (iso_week - 1) + weekday;
            year = iso_year;
            f.julian = Some(target - day_number(iso_year, 1, 1) + 1);
        }
        if let Some(j) = f.julian.filter(|j| *j <= 0) {
            year -= 1;
            f.julian = Some(j + year_length(year));
        }
    }

    let (month, day, julian) = match f.julian {
        None => {
            let n = checked_day(interp, year, f.month, f.day)?;
            (f.month, f.day, n - day_number(year, 1, 1) + 1)
        }
        Some(j) => {
            let n = checked_day(interp, year, 1, 1)? + j - 1;
            let (y, mo, d) = date_of(n);
            if !(1..=9999).contains(&y) {
                return Err(interp.value_error(format!("year {y} is out of range")));
            }
            year = y;
            (mo, d, j)
        }
    };
    let weekday = match f.weekday {
        Some(w) => w,
        None => weekday_of(day_number(year, month, day)),
    };
    if leap_day_alone {
        year = 1900;
    }
    let items = [year, month, day, f.hour, f.minute, f.second, weekday, julian, f.isdst];
    let zone = f.zone_name.map(Value::string).unwrap_or(Value::None);
    let gmtoff = f.gmtoff.map(Value::Int).unwrap_or(Value::None);
    Ok(struct_time::make(interp, items, zone, gmtoff))
}
