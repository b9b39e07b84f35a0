//! Timestamps to broken-down times and back (`gmtime`, `localtime`, `mktime`),
//! their text (`asctime`, `ctime`, `strftime`), and the time-zone attributes
//! (`timezone`, `altzone`, `daylight`, `tzname`) that `tzset` refreshes from
//! the `TZ` environment variable. The C library does the calendar work.

use super::clocks::now_secs;
use super::struct_time::{self, check_tm, tm_from_arg, zeroed_tm};
use crate::objects::{check_args, check_args_parsed, no_kwargs};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::ffi::CString;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", strftime),
    ("tzset", tzset),
];

mod c {
    extern "C" {
        pub fn tzset();
    }
}

const DAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_ABBR: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The local zone as the module attributes describe it.
#[derive(Default, Clone)]
pub struct Zone {
    /// Seconds west of UTC outside daylight saving time.
    pub timezone: i64,
    /// Seconds west of UTC during daylight saving time.
    pub altzone: i64,
    pub daylight: bool,
    /// The names outside and during daylight saving time.
    pub names: (String, String),
}

/// The zone in effect, as last read by `tzset` (or at import).
pub fn zone(interp: &mut Interp) -> Zone {
    interp.extensions.get_or_default::<Zone>().clone()
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EOVERFLOW)
}

fn c_localtime(t: libc::time_t) -> Result<libc::tm, i32> {
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        Err(last_errno())
    } else {
        Ok(tm)
    }
}

fn c_gmtime(t: libc::time_t) -> Result<libc::tm, i32> {
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    if r.is_null() {
        Err(last_errno())
    } else {
        Ok(tm)
    }
}

fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library left a NUL-terminated name there.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
}

/// Reads the zone from the C library: the offsets of early January and early
/// July of this year, the larger offset west being standard time (so that the
/// southern hemisphere's summer counts as daylight saving too).
fn read_zone() -> Zone {
    // SAFETY: tzset only reads the environment and sets the C library's zone state.
    unsafe { c::tzset() };
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let start = (now_secs() as i64 / YEAR) * YEAR;
    let (Ok(jan), Ok(jul)) = (c_localtime(start as libc::time_t), c_localtime((start + YEAR / 2) as libc::time_t))
    else {
        return Zone { names: ("UTC".into(), "UTC".into()), ..Zone::default() };
    };
    let (jan_west, jul_west) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (jan_name, jul_name) = (zone_name(&jan), zone_name(&jul));
    let daylight = jan_west != jul_west;
    if jan_west < jul_west {
        Zone { timezone: jul_west, altzone: jan_west, daylight, names: (jul_name, jan_name) }
    } else {
        Zone { timezone: jan_west, altzone: jul_west, daylight, names: (jan_name, jul_name) }
    }
}

/// Reads the zone and sets the module's `timezone`, `altzone`, `daylight` and `tzname`.
pub fn publish_zone(interp: &mut Interp, module: &Value) {
    let z = read_zone();
    if let Value::Module(m) = module {
        let mut d = m.dict.borrow_mut();
        d.set_str("timezone", Value::Int(z.timezone));
        d.set_str("altzone", Value::Int(z.altzone));
        d.set_str("daylight", Value::Int(z.daylight as i64));
        let names = Value::tuple(vec![Value::str(&z.names.0), Value::str(&z.names.1)]);
        d.set_str("tzname", names);
    }
    *interp.extensions.get_or_default::<Zone>() = z;
}

fn tzset(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "time.tzset", kwargs)?;
    check_args(interp, "time.tzset", args, 0, 0)?;
    let module = interp.modules.get("time").cloned().unwrap_or(Value::None);
    publish_zone(interp, &module);
    Ok(Value::None)
}

/// A timestamp argument as whole seconds (rounded down), or now when absent or None.
fn seconds_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<libc::time_t> {
    const LIMIT: f64 = 9.223372036854776e18;
    let out_of_range = |interp: &mut Interp| interp.overflow_error("timestamp out of range for platform time_t");
    let float = match v {
        None | Some(Value::None) => Some(now_secs()),
        Some(Value::Float(f)) => Some(*f),
        Some(Value::Instance(inst)) => match inst.builtin_base() {
            Some(Value::Float(f)) => Some(*f),
            _ => None,
        },
        _ => None,
    };
    if let Some(f) = float {
        if f.is_nan() {
            return Err(interp.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-LIMIT..LIMIT).contains(&f) {
            return Err(out_of_range(interp));
        }
        return Ok(f as libc::time_t);
    }
    match v {
        Some(Value::BigInt(_)) => Err(out_of_range(interp)),
        Some(other) => Ok(interp.index_value(other)? as libc::time_t),
        None => Ok(0),
    }
}

/// The shared shape of `gmtime` and `localtime`.
fn convert(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    f: fn(libc::time_t) -> Result<libc::tm, i32>,
) -> PyResult<Value> {
    no_kwargs(interp, name, kwargs)?;
    check_args_parsed(interp, name, args, 0, 1)?;
    let t = seconds_arg(interp, args.first())?;
    match f(t) {
        Ok(tm) => Ok(struct_time::from_tm(interp, &tm)),
        Err(code) => Err(crate::system::os_error_errno(interp, code, None, None)),
    }
}

fn gmtime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    convert(interp, "gmtime", args, kwargs, c_gmtime)
}

fn localtime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    convert(interp, "localtime", args, kwargs, c_localtime)
}

fn mktime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "time.mktime", kwargs)?;
    check_args(interp, "time.mktime", args, 1, 1)?;
    let mut t = tm_from_arg(interp, &args[0], "mktime")?;
    // A weekday the C library never leaves tells a failure from the timestamp -1.
    t.tm.tm_wday = -1;
    // SAFETY: `t.tm` is a valid struct tm whose zone pointer (if any) `t` keeps alive.
    let secs = unsafe { libc::mktime(&mut t.tm) };
    if secs == -1 && t.tm.tm_wday == -1 {
        return Err(interp.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(secs as f64))
}

/// `Sun Jun  9 01:02:03 2024`, as C's asctime without its newline.
fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAY_ABBR[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_ABBR[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

/// The current local time, or the OSError of the C library's failure.
fn local_now(interp: &mut Interp) -> PyResult<libc::tm> {
    let t = seconds_arg(interp, None)?;
    c_localtime(t).map_err(|code| crate::system::os_error_errno(interp, code, None, None))
}

fn asctime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "asctime", kwargs)?;
    check_args(interp, "asctime", args, 0, 1)?;
    let tm = match args.first() {
        Some(v) => {
            let mut t = tm_from_arg(interp, v, "asctime")?;
            check_tm(interp, &mut t.tm)?;
            t.tm
        }
        None => local_now(interp)?,
    };
    Ok(Value::string(asctime_text(&tm)))
}

fn ctime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "ctime", kwargs)?;
    check_args_parsed(interp, "ctime", args, 0, 1)?;
    let t = seconds_arg(interp, args.first())?;
    match c_localtime(t) {
        Ok(tm) => Ok(Value::string(asctime_text(&tm))),
        Err(code) => Err(crate::system::os_error_errno(interp, code, None, None)),
    }
}

/// One conversion (`%Y`, `%-d`, `%Ey`, ...) formatted by the C library.
fn c_strftime(directive: &str, tm: &libc::tm) -> String {
    let Ok(fmt) = CString::new(directive) else {
        return String::new();
    };
    let width: usize = directive.chars().filter(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap_or(0);
    let size = (width + 256).min(1 << 20);
    let mut buf = vec![0u8; size];
    // SAFETY: `buf` has `size` writable bytes, `fmt` is NUL-terminated and `tm` valid.
    let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, fmt.as_ptr(), tm) };
    buf.truncate(n);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Formats `fmt` for `tm`: text outside conversions is copied as is, each
/// conversion (with its glibc flags, width and E/O modifier) goes to the C library.
fn render(fmt: &str, tm: &libc::tm) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut directive = String::from('%');
        while let Some(&f) = chars.peek() {
            if "_-0^#".contains(f) {
                directive.push(f);
                chars.next();
            } else {
                break;
            }
        }
        while let Some(&d) = chars.peek() {
            if d.is_ascii_digit() {
                directive.push(d);
                chars.next();
            } else {
                break;
            }
        }
        if let Some(&m) = chars.peek() {
            if m == 'E' || m == 'O' {
                directive.push(m);
                chars.next();
            }
        }
        if let Some(&k) = chars.peek() {
            if k.is_ascii() {
                directive.push(k);
                chars.next();
            }
        }
        out.push_str(&c_strftime(&directive, tm));
    }
    out
}

fn strftime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "strftime", kwargs)?;
    check_args_parsed(interp, "strftime", args, 1, 2)?;
    let fmt = match &args[0] {
        Value::Str(s) => s.clone(),
        Value::Instance(inst) if matches!(inst.builtin_base(), Some(Value::Str(_))) => match inst.builtin_base() {
            Some(Value::Str(s)) => s.clone(),
            _ => unreachable!(),
        },
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("strftime() argument 1 must be str, not {t}")));
        }
    };
    let text = match args.get(1) {
        Some(v) => {
            let mut t = tm_from_arg(interp, v, "strftime")?;
            check_tm(interp, &mut t.tm)?;
            t.tm.tm_isdst = t.tm.tm_isdst.clamp(-1, 1);
            if fmt.as_str().contains('\0') {
                return Err(interp.value_error("embedded null character"));
            }
            render(fmt.as_str(), &t.tm)
        }
        None => {
            let tm = local_now(interp)?;
            if fmt.as_str().contains('\0') {
                return Err(interp.value_error("embedded null character"));
            }
            render(fmt.as_str(), &tm)
        }
    };
    Ok(Value::string(text))
}
