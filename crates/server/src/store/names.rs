//! One name per place: the live items of an account never hold two names that a Windows or
//! Mac computer would take for one (`IMG.jpg` and `img.jpg`, the two Unicode spellings of
//! `café.jpg`), nor a file and a folder of one name, nor one folder under two spellings.
//!
//! Every item keeps its path's [`name_key`] (`path_key`). A write that gives an item a path
//! asks [`Store::name_clash`] under the account's lock, so two writers cannot both find a name
//! free. The checks are key equalities and key-prefix ranges; a folder's key is a prefix of the
//! keys of what it holds, so `[key/, key0)` is everything inside it (`0` follows `/`). Those
//! ranges compare bytes: SQLite's default, and `COLLATE "C"` on PostgreSQL, whatever the
//! database's own collation.

use skyfolio_protocol::name_key;

use super::{Backend, Store, Tx, in_tx, read_db};

/// One question about the names already taken: SQL returning a clashing path, and its binds
/// (`$1` the account, `$2` the item let off, `@a`, `@b`, `@c` its own).
struct Probe {
    sql: String,
    binds: Vec<String>,
}

/// The questions that find a live item (other than `except`) whose name clashes with `path`.
fn probes(path: &str, postgres: bool) -> Vec<Probe> {
    let bytes = if postgres { " COLLATE \"C\"" } else { "" };
    let live = "user_id = $1 AND state = 'active' AND id <> $2";
    let key = name_key(path);
    let mut probes = vec![
        // The same name, spelled otherwise.
        Probe {
            sql: format!("SELECT path FROM media WHERE {live} AND path_key = @a LIMIT 1"),
            binds: vec![key.clone()],
        },
        // A folder of this file's name.
        Probe {
            sql: format!(
                "SELECT path FROM media WHERE {live}
                   AND path_key{bytes} >= @a{bytes} AND path_key{bytes} < @b{bytes} LIMIT 1"
            ),
            binds: vec![format!("{key}/"), format!("{key}0")],
        },
    ];
    let mut folder_end = 0;
    for segment in path
        .split('/')
        .collect::<Vec<_>>()
        .split_last()
        .map_or(&[][..], |s| s.1)
    {
        folder_end += segment.len();
        let folder = &path[..folder_end];
        let folder_key = name_key(folder);
        // A file where this path has a folder.
        probes.push(Probe {
            sql: format!("SELECT path FROM media WHERE {live} AND path_key = @a LIMIT 1"),
            binds: vec![folder_key.clone()],
        });
        // The same folder, spelled otherwise by what is in it. These probes let no second
        // spelling of a folder in, so every live item in it spells it alike: one of them
        // tells the folder's spelling. (Asking for any item that spells it otherwise would read
        // the whole folder at every upload, which made a camera folder of 100,000 photos
        // slower with each photo.)
        probes.push(Probe {
            sql: format!(
                "SELECT path FROM (SELECT path FROM media WHERE {live}
                   AND path_key{bytes} >= @a{bytes} AND path_key{bytes} < @b{bytes} LIMIT 1) AS one
                 WHERE substr(path, 1, {}) <> @c",
                folder.chars().count() + 1
            ),
            binds: vec![
                format!("{folder_key}/"),
                format!("{folder_key}0"),
                format!("{folder}/"),
            ],
        });
        folder_end += 1;
    }
    probes
}

/// Every probe as one query (one round trip to the database instead of one per probe): the
/// clash the first probe in order finds, with the binds after `$1` and `$2`.
fn clash_query(path: &str, postgres: bool) -> (String, Vec<String>) {
    let mut arms = Vec::new();
    let mut binds = Vec::new();
    for (n, probe) in probes(path, postgres).into_iter().enumerate() {
        let mut sql = probe.sql;
        for (marker, bind) in ["@a", "@b", "@c"].into_iter().zip(probe.binds) {
            binds.push(bind);
            sql = sql.replace(marker, &format!("${}", 2 + binds.len()));
        }
        arms.push(format!("SELECT {n} AS n, path FROM ({sql}) AS p{n}"));
    }
    let sql = format!(
        "SELECT path FROM ({}) AS clash ORDER BY n LIMIT 1",
        arms.join(" UNION ALL ")
    );
    (sql, binds)
}

impl Store {
    /// The path of a live item of `user_id` (other than `except`) whose name clashes with
    /// `path`, if any. Inside a transaction that holds the account's lock, the answer stays
    /// true until the commit.
    pub(crate) async fn name_clash_in(
        tx: &mut Tx,
        user_id: &str,
        path: &str,
        except: Option<&str>,
    ) -> Result<Option<String>, sqlx::Error> {
        let (sql, binds) = clash_query(path, matches!(tx, Tx::Postgres(_)));
        in_tx!(tx, |c| {
            let mut query = sqlx::query_scalar(&sql)
                .bind(user_id)
                .bind(except.unwrap_or(""));
            for bind in &binds {
                query = query.bind(bind);
            }
            query.fetch_optional(&mut *c).await
        })
    }

    /// [`Store::name_clash_in`] outside a transaction: a hint for refusing early (an upload
    /// before its bytes), confirmed again when the item is written.
    pub async fn name_clash(
        &self,
        user_id: &str,
        path: &str,
        except: Option<&str>,
    ) -> Result<Option<String>, sqlx::Error> {
        let postgres = matches!(self.backend, Backend::Postgres { .. });
        let (sql, binds) = clash_query(path, postgres);
        read_db!(self, |db| {
            let mut query = sqlx::query_scalar(&sql)
                .bind(user_id)
                .bind(except.unwrap_or(""));
            for bind in &binds {
                query = query.bind(bind);
            }
            query.fetch_optional(db).await
        })
    }

    /// Gives every item written before name keys existed its key, a batch at a time. Twins
    /// that were let in then keep their keys side by side; no new one can join them.
    pub(crate) async fn fill_name_keys(&self) -> Result<u64, sqlx::Error> {
        let mut filled = 0;
        loop {
            let rows: Vec<(String, String)> = read_db!(self, |db| sqlx::query_as(
                "SELECT id, path FROM media WHERE path_key IS NULL LIMIT 1000"
            )
            .fetch_all(db)
            .await)?;
            if rows.is_empty() {
                return Ok(filled);
            }
            let mut tx = self.begin().await?;
            for (id, path) in &rows {
                in_tx!(&mut tx, |c| sqlx::query(
                    "UPDATE media SET path_key = $1 WHERE id = $2 AND path_key IS NULL"
                )
                .bind(name_key(path))
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|done| done.rows_affected()))?;
            }
            tx.commit().await?;
            filled += rows.len() as u64;
        }
    }

    /// On PostgreSQL, an index that orders name keys by their bytes, for the folder ranges.
    pub(crate) async fn index_name_keys_by_bytes(&self) -> Result<(), sqlx::Error> {
        if let Backend::Postgres { pool } = &self.backend {
            let mut tx = pool.begin().await?;
            // Processes starting together build it once.
            sqlx::query("SELECT pg_advisory_xact_lock(7362615)")
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "CREATE INDEX IF NOT EXISTS media_path_key_bytes
                 ON media (user_id, path_key COLLATE \"C\") WHERE state = 'active'",
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folder_of_a_path_is_asked_about() {
        let asked = probes("Trip/Day 1/IMG.jpg", false);
        // The name, what it would hide, and two questions for each of its two folders.
        assert_eq!(asked.len(), 6);
        assert_eq!(asked[2].binds, vec![name_key("Trip")]);
        assert_eq!(
            asked[5].binds,
            vec![
                format!("{}/", name_key("Trip/Day 1")),
                format!("{}0", name_key("Trip/Day 1")),
                "Trip/Day 1/".to_owned()
            ]
        );
        assert!(asked[5].sql.contains("substr(path, 1, 11)"));
        assert!(!asked[1].sql.contains("COLLATE"));
        assert!(probes("a.jpg", true)[1].sql.contains("COLLATE \"C\""));
    }
}
