//! The generator core: CPython's Mersenne Twister (MT19937 with
//! `init_by_array` seeding) and the state each `Random` instance carries.

use crate::vm::object::NativeObject;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::{Cell, RefCell};

pub(super) const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// CPython's `_random.Random` core: MT19937 with `init_by_array` seeding.
pub struct Mt19937 {
    pub(super) mt: [u32; N],
    pub(super) index: usize,
}

impl Mt19937 {
    pub(super) fn new() -> Mt19937 {
        let mut m = Mt19937 { mt: [0; N], index: N + 1 };
        m.init_genrand(5489);
        m
    }

    pub(super) fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub(super) fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
    }

    pub(super) fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            let mt = &mut self.mt;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a 53-bit float in [0, 1).
    pub(super) fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for 1 <= k <= 64.
    pub(super) fn bits_u64(&mut self, k: u64) -> u64 {
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let hi = (self.genrand_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k >= 0.
    pub(super) fn bits_big(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 64 {
            return BigInt::from(self.bits_u64(k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k as i64;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow_with_getrandbits(n)` for n < 2**64.
    pub(super) fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for n >= 0.
    pub(super) fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// CPython's `random_seed` for a non-negative int.
    pub(super) fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `seed(None)`: from the OS entropy source, else time and pid.
    pub(super) fn seed_urandom(&mut self) {
        let mut buf = vec![0u8; N * 4];
        let ok =
            std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
        let key: Vec<u32> = if ok {
            buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
        } else {
            let t =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            vec![t as u32, (t >> 32) as u32, (t >> 64) as u32, std::process::id()]
        };
        self.init_by_array(&key);
    }
}

/// The state of one `Random` instance: the MT state (seeded from the OS on
/// first use when nothing seeded it) and the cached answer to which of its
/// methods the instance's class overrides (`gauss_next` is an attribute).
pub struct RandomState {
    pub(super) mt: RefCell<Option<Box<Mt19937>>>,
    /// (class address, class epoch, override flags) of the last lookup.
    pub(super) mode: Cell<(usize, u64, u16)>,
}

impl NativeObject for RandomState {
    fn type_name(&self) -> &str {
        "_random.Random"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl RandomState {
    /// An unseeded state.
    pub(super) fn new() -> RandomState {
        RandomState { mt: RefCell::new(None), mode: Cell::new((0, 0, 0)) }
    }
    /// Runs `f` on the generator, seeding it from the OS first if needed.
    pub(super) fn with<T>(&self, f: impl FnOnce(&mut Mt19937) -> T) -> T {
        let mut slot = self.mt.borrow_mut();
        let mt = slot.get_or_insert_with(|| {
            let mut m = Box::new(Mt19937::new());
            m.seed_urandom();
            m
        });
        f(mt)
    }
    pub(super) fn random(&self) -> f64 {
        self.with(|m| m.random())
    }
    pub(super) fn below_u64(&self, n: u64) -> u64 {
        self.with(|m| m.below_u64(n))
    }
    pub(super) fn below_big(&self, n: &BigInt) -> BigInt {
        self.with(|m| m.below_big(n))
    }
    pub(super) fn bits_big(&self, k: u64) -> BigInt {
        self.with(|m| m.bits_big(k))
    }
}
