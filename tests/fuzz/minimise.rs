//! Shrinks a failing input while a predicate still holds: first whole runs of
//! lines, then single lines, then single characters of short inputs.

/// The smallest input found for which `still_fails` holds (`src` must satisfy it).
pub fn minimise(src: &str, mut still_fails: impl FnMut(&str) -> bool, budget: usize) -> String {
    let mut best: Vec<String> = src.lines().map(str::to_string).collect();
    let mut tries = 0;
    let mut chunk = (best.len() / 2).max(1);
    while chunk >= 1 && tries < budget {
        let mut i = 0;
        while i < best.len() && tries < budget {
            let mut candidate = best.clone();
            candidate.drain(i..(i + chunk).min(best.len()));
            tries += 1;
            if still_fails(&(candidate.join("\n") + "\n")) {
                best = candidate;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
    let mut text = best.join("\n") + "\n";
    if text.len() <= 400 {
        let mut i = 0;
        while i < text.len() && tries < budget {
            let Some(c) = text[i..].chars().next() else { break };
            let candidate = format!("{}{}", &text[..i], &text[i + c.len_utf8()..]);
            tries += 1;
            if still_fails(&candidate) {
                text = candidate;
            } else {
                i += c.len_utf8();
            }
        }
    }
    text
}
