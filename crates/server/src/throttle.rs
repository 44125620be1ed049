//! Failed log-ins slow down whoever makes them, never the owner of the account.
//!
//! Three counts, each with a few free failures and then a wait that doubles with every
//! further one, up to a cap:
//!
//! - per client address and account: guessing one account's password from one place;
//! - per client address: trying many accounts from one place;
//! - per account, from every address at once: guessing from many places. This one only holds
//!   back addresses the account never signed in from: a sign-in from an address that signed in
//!   successfully before (see `known_addresses`) passes it, and the address count, so that a
//!   stranger can slow down an account's strangers but not its owner.
//!
//! An attempt counts from the moment it begins: attempts in flight at once count as failures
//! until they end, so a burst of concurrent guesses gets no further than one at a time would.
//! IPv6 clients are counted by their /64 network, which one subscriber usually holds whole.
//! The counts live in the process; several processes behind one proxy each keep their own.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

/// A client address as the throttle counts it: an IPv4 address, or an IPv6 /64 network.
pub fn address_key(address: IpAddr) -> String {
    match address.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let network = u128::from(v6) & !((1u128 << 64) - 1);
            format!("{}/64", std::net::Ipv6Addr::from(network))
        }
    }
}

/// How one count forgives.
#[derive(Debug, Clone, Copy)]
struct Limit {
    /// Failures before the first wait.
    free: u32,
    /// The longest wait, in seconds.
    max_wait: i64,
}

/// One address guessing one account.
const PER_PAIR: Limit = Limit {
    free: 5,
    max_wait: 15 * 60,
};
/// One address trying many accounts.
const PER_ADDRESS: Limit = Limit {
    free: 30,
    max_wait: 15 * 60,
};
/// Many addresses guessing one account (known addresses pass).
const PER_ACCOUNT: Limit = Limit {
    free: 20,
    max_wait: 15 * 60,
};
/// Entries idle this long are forgotten.
const FORGET_AFTER_MS: i64 = 3600 * 1000;
/// Past this many entries in one table, idle ones are swept.
const SWEEP_AT: usize = 100_000;

#[derive(Debug, Clone, Copy, Default)]
struct Attempts {
    failures: u32,
    in_flight: u32,
    blocked_until: i64,
    last: i64,
}

impl Attempts {
    /// `Err(seconds)` while this count says wait.
    fn check(&self, limit: Limit, now: i64) -> Result<(), u64> {
        if self.blocked_until > now {
            return Err(u64::try_from((self.blocked_until - now + 999) / 1000).unwrap_or(1));
        }
        if self.failures + self.in_flight >= limit.free.max(self.failures + 1) {
            // The free attempts are all under way: one of them ends within seconds.
            return Err(1);
        }
        Ok(())
    }

    fn fail(&mut self, limit: Limit, now: i64) {
        self.failures += 1;
        self.last = now;
        if self.failures >= limit.free {
            let doublings = (self.failures - limit.free).min(20);
            let wait = (1i64 << doublings).min(limit.max_wait);
            self.blocked_until = now + wait * 1000;
        }
    }
}

type Table<K> = HashMap<K, Attempts>;

fn entry<K: std::hash::Hash + Eq>(table: &mut Table<K>, key: K, now: i64) -> &mut Attempts {
    if table.len() > SWEEP_AT {
        table.retain(|_, a| a.in_flight > 0 || now - a.last < FORGET_AFTER_MS);
    }
    let attempts = table.entry(key).or_default();
    if attempts.in_flight == 0 && now - attempts.last > FORGET_AFTER_MS {
        *attempts = Attempts::default();
    }
    attempts.last = attempts.last.max(now);
    attempts
}

#[derive(Default)]
struct Tables {
    pairs: Table<(String, String)>,
    addresses: Table<String>,
    accounts: Table<String>,
}

/// The counts of failed log-ins of one process.
#[derive(Default)]
pub struct Throttle {
    tables: Mutex<Tables>,
}

/// A log-in under way: it counts until it ends, as a failure unless told it succeeded.
#[must_use = "an attempt counts as a failure once dropped unless it succeeded"]
pub struct Attempt<'a> {
    throttle: &'a Throttle,
    address: String,
    account: String,
    /// Whether this address signed in to this account before: it is not counted against
    /// the address and the account, and they do not hold it back.
    known: bool,
    ended: bool,
}

impl Throttle {
    fn tables(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Begins a log-in from `address` to `account` (a normalised email, whether or not it has
    /// an account), or says how many seconds to wait first.
    pub fn begin(
        &self,
        address: IpAddr,
        account: &str,
        known: bool,
        now: i64,
    ) -> Result<Attempt<'_>, u64> {
        let address = address_key(address);
        let mut tables = self.tables();
        let pair_key = (address.clone(), account.to_owned());
        let mut checks = vec![entry(&mut tables.pairs, pair_key.clone(), now).check(PER_PAIR, now)];
        if !known {
            checks.push(entry(&mut tables.addresses, address.clone(), now).check(PER_ADDRESS, now));
            checks
                .push(entry(&mut tables.accounts, account.to_owned(), now).check(PER_ACCOUNT, now));
        }
        if let Some(seconds) = checks.into_iter().filter_map(Result::err).max() {
            return Err(seconds);
        }
        entry(&mut tables.pairs, pair_key, now).in_flight += 1;
        if !known {
            entry(&mut tables.addresses, address.clone(), now).in_flight += 1;
            entry(&mut tables.accounts, account.to_owned(), now).in_flight += 1;
        }
        drop(tables);
        Ok(Attempt {
            throttle: self,
            address,
            account: account.to_owned(),
            known,
            ended: false,
        })
    }
}

impl Attempt<'_> {
    /// The password was wrong (or the account disabled): every count that held it notes it.
    pub fn failed(mut self, now: i64) {
        self.end(Some(now));
    }

    /// The password was right: this address starts afresh for this account, and so does the
    /// account. What the address did to other accounts still counts.
    pub fn succeeded(mut self) {
        self.end(None);
        let mut tables = self.throttle.tables();
        tables
            .pairs
            .remove(&(self.address.clone(), self.account.clone()));
        tables.accounts.remove(&self.account);
    }

    /// Ends the attempt without a verdict (the server could not check the password): it
    /// counts neither way.
    pub fn abandon(mut self) {
        self.end(None);
    }

    fn end(&mut self, failed_at: Option<i64>) {
        if self.ended {
            return;
        }
        self.ended = true;
        let mut tables = self.throttle.tables();
        let settle = |attempts: Option<&mut Attempts>, limit: Limit| {
            if let Some(attempts) = attempts {
                attempts.in_flight = attempts.in_flight.saturating_sub(1);
                if let Some(now) = failed_at {
                    attempts.fail(limit, now);
                }
            }
        };
        settle(
            tables
                .pairs
                .get_mut(&(self.address.clone(), self.account.clone())),
            PER_PAIR,
        );
        if !self.known {
            settle(tables.addresses.get_mut(&self.address), PER_ADDRESS);
            settle(tables.accounts.get_mut(&self.account), PER_ACCOUNT);
        }
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        // A request cut off half-way never learnt its verdict.
        self.end(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    const ANNA: &str = "anna@example.org";

    fn fail(throttle: &Throttle, address: &str, account: &str, known: bool, now: i64) {
        throttle
            .begin(ip(address), account, known, now)
            .expect("may try")
            .failed(now);
    }

    #[test]
    fn one_address_is_slowed_for_one_account_only() {
        let throttle = Throttle::default();
        for _ in 0..PER_PAIR.free {
            fail(&throttle, "192.0.2.1", ANNA, false, 0);
        }
        assert_eq!(
            throttle.begin(ip("192.0.2.1"), ANNA, false, 0).err(),
            Some(1)
        );
        assert!(throttle.begin(ip("192.0.2.1"), ANNA, false, 1000).is_ok());
        assert!(throttle.begin(ip("198.51.100.7"), ANNA, false, 0).is_ok());
        assert!(
            throttle
                .begin(ip("192.0.2.1"), "ben@example.org", false, 0)
                .is_ok()
        );
        fail(&throttle, "192.0.2.1", ANNA, false, 1000);
        assert_eq!(
            throttle.begin(ip("192.0.2.1"), ANNA, false, 1000).err(),
            Some(2)
        );
    }

    #[test]
    fn many_addresses_hold_back_strangers_but_not_a_known_address() {
        let throttle = Throttle::default();
        for i in 0..PER_ACCOUNT.free {
            fail(&throttle, &format!("203.0.113.{i}"), ANNA, false, 0);
        }
        assert_eq!(
            throttle.begin(ip("203.0.113.200"), ANNA, false, 0).err(),
            Some(1),
            "a new address waits"
        );
        let attempt = throttle
            .begin(ip("198.51.100.7"), ANNA, true, 0)
            .expect("the owner's address passes");
        attempt.succeeded();
        assert!(
            throttle.begin(ip("203.0.113.200"), ANNA, false, 0).is_ok(),
            "a right password ends the account's wait"
        );
    }

    #[test]
    fn one_address_trying_many_accounts_waits() {
        let throttle = Throttle::default();
        for i in 0..PER_ADDRESS.free {
            fail(
                &throttle,
                "192.0.2.1",
                &format!("user{i}@example.org"),
                false,
                0,
            );
        }
        assert!(
            throttle
                .begin(ip("192.0.2.1"), "someone@example.org", false, 0)
                .is_err()
        );
        assert!(
            throttle.begin(ip("192.0.2.1"), ANNA, true, 0).is_ok(),
            "but an account that signed in from there before may try"
        );
    }

    #[test]
    fn attempts_in_flight_count_until_they_end() {
        let throttle = Throttle::default();
        let running: Vec<_> = (0..PER_PAIR.free)
            .map(|_| {
                throttle
                    .begin(ip("192.0.2.1"), ANNA, false, 0)
                    .expect("free")
            })
            .collect();
        assert_eq!(
            throttle.begin(ip("192.0.2.1"), ANNA, false, 0).err(),
            Some(1),
            "a burst gets no more tries than one at a time would"
        );
        for attempt in running {
            attempt.abandon();
        }
        assert!(throttle.begin(ip("192.0.2.1"), ANNA, false, 0).is_ok());
    }

    #[test]
    fn ipv6_clients_count_by_their_network() {
        assert_eq!(address_key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(address_key(ip("::ffff:192.0.2.1")), "192.0.2.1");
        let throttle = Throttle::default();
        for i in 0..PER_PAIR.free {
            fail(&throttle, &format!("2001:db8:1:2::{i}"), ANNA, false, 0);
        }
        assert!(
            throttle
                .begin(ip("2001:db8:1:2::ffff"), ANNA, false, 0)
                .is_err()
        );
        assert!(
            throttle
                .begin(ip("2001:db8:1:3::1"), ANNA, false, 0)
                .is_ok()
        );
    }
}
