//! Where the widget's randomness comes from: the browser's `crypto.getRandomValues` (through
//! getrandom), or, when the host sets a `seed`, a repeatable stream derived from that string so
//! that documentation screenshots and test suites see the same secrets and codes every time.

use sha1::{Digest, Sha1};

/// A source of bytes for secrets, mail codes and fake phone numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entropy {
    /// Cryptographically random bytes from the platform.
    Crypto,
    /// A deterministic stream: SHA-1 over (seed, purpose, counter). Not secret, only repeatable;
    /// a practice widget has nothing to protect, and a real secret is never derived from it.
    Seeded { seed: String, counter: u64 },
}

/// The platform refused to give random bytes (a browser without `crypto`, in practice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntropyUnavailable;

impl Entropy {
    /// `Seeded` when a seed is given, `Crypto` otherwise.
    pub fn from_seed(seed: Option<&str>) -> Self {
        match seed {
            Some(seed) => Entropy::Seeded {
                seed: seed.to_owned(),
                counter: 0,
            },
            None => Entropy::Crypto,
        }
    }

    /// Fills `buf`. `purpose` separates streams, so adding a new use of randomness later does not
    /// change the secret an existing seed produces.
    pub fn fill(&mut self, purpose: &str, buf: &mut [u8]) -> Result<(), EntropyUnavailable> {
        match self {
            Entropy::Crypto => getrandom::fill(buf).map_err(|_| EntropyUnavailable),
            Entropy::Seeded { seed, counter } => {
                for chunk in buf.chunks_mut(20) {
                    let mut hasher = Sha1::new();
                    hasher.update(b"mfa-rescue\0");
                    hasher.update(purpose.as_bytes());
                    hasher.update(b"\0");
                    hasher.update(seed.as_bytes());
                    hasher.update(b"\0");
                    hasher.update(counter.to_be_bytes());
                    *counter = counter.wrapping_add(1);
                    let digest = hasher.finalize();
                    for (dst, src) in chunk.iter_mut().zip(digest.iter()) {
                        *dst = *src;
                    }
                }
                Ok(())
            }
        }
    }

    /// A uniformly distributed number of `digits` decimal digits (leading zeros kept), e.g. the
    /// 6-digit code a mail or a call carries.
    pub fn digits(&mut self, purpose: &str, digits: usize) -> Result<String, EntropyUnavailable> {
        let mut out = String::with_capacity(digits);
        let mut byte = [0u8; 1];
        while out.len() < digits {
            self.fill(purpose, &mut byte)?;
            // Rejection sampling: 250 is the largest multiple of 10 below 256, so no digit is
            // more likely than another.
            if byte[0] < 250 {
                out.push(char::from(b'0' + byte[0] % 10));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes() {
        let mut a = Entropy::from_seed(Some("docs"));
        let mut b = Entropy::from_seed(Some("docs"));
        let (mut x, mut y) = ([0u8; 45], [0u8; 45]);
        a.fill("secret", &mut x).unwrap();
        b.fill("secret", &mut y).unwrap();
        assert_eq!(x, y);
        assert_ne!(x, [0u8; 45]);
    }

    #[test]
    fn different_seed_or_purpose_different_bytes() {
        let mut x = [0u8; 20];
        let mut y = [0u8; 20];
        Entropy::from_seed(Some("a"))
            .fill("secret", &mut x)
            .unwrap();
        Entropy::from_seed(Some("b"))
            .fill("secret", &mut y)
            .unwrap();
        assert_ne!(x, y);
        Entropy::from_seed(Some("a")).fill("mail", &mut y).unwrap();
        assert_ne!(x, y);
    }

    #[test]
    fn crypto_bytes_are_not_all_equal() {
        let mut x = [0u8; 32];
        Entropy::Crypto.fill("secret", &mut x).unwrap();
        assert!(x.iter().any(|b| *b != x[0]));
    }

    #[test]
    fn digits_are_decimal_and_repeatable() {
        let d1 = Entropy::from_seed(Some("s")).digits("mail", 6).unwrap();
        let d2 = Entropy::from_seed(Some("s")).digits("mail", 6).unwrap();
        assert_eq!(d1, d2);
        assert_eq!(d1.len(), 6);
        assert!(d1.bytes().all(|b| b.is_ascii_digit()));
    }
}
