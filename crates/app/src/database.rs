//! The Database panel: what the run left in its database. A program that talks to
//! PostgreSQL (asyncpg, SQLAlchemy) gets a fresh copy of the sample tables each run; after
//! the run this shows every table — the sample ones and any the program made — with its
//! columns and rows, so a learner sees what an INSERT, a rolled-back transaction or a COPY
//! actually did.

use leptos::prelude::*;
use loopscope_web::{Table, Tables};

/// The caption of a table: its name and how many of its rows are shown.
pub fn caption(table: &Table) -> String {
    let rows = |n: u64| {
        if n == 1 {
            "1 row".to_string()
        } else {
            format!("{n} rows")
        }
    };
    if (table.rows.len() as u64) < table.count {
        format!(
            "{} — the first {} of {}",
            table.name,
            table.rows.len(),
            rows(table.count)
        )
    } else {
        format!("{} — {}", table.name, rows(table.count))
    }
}

#[component]
pub fn Database(
    /// The tables after the last run (`None`: it did not use the database).
    tables: Signal<Option<Tables>>,
    running: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="database" data-testid="database">
            {move || match tables.get() {
                None => view! {
                    <p class="hint" data-testid="database-none">
                        {if running.get() {
                            "The tables show here when the run ends."
                        } else {
                            "The last run did not use the database. A program that connects \
                             to postgresql://…@localhost:5432 (asyncpg, SQLAlchemy) gets a real \
                             PostgreSQL with the sample tables users, orders, events and \
                             accounts, fresh each run; when it ends, its tables show here."
                        }}
                    </p>
                }
                .into_any(),
                Some(tables) => view! {
                    <p class="hint">"What the database held when the run ended."</p>
                    {tables.error.map(|e| view! {
                        <p class="hint" role="alert">{format!("The database could not list its tables: {e}")}</p>
                    })}
                    {tables.tables.into_iter().map(|t| view! { <TableView table=t /> }).collect_view()}
                }
                .into_any(),
            }}
        </div>
    }
}

#[component]
fn TableView(table: Table) -> impl IntoView {
    let caption = caption(&table);
    let name = table.name.clone();
    view! {
        <div class="db-table" data-testid=format!("db-table-{name}")>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        {table.columns.into_iter().map(|(column, kind)| view! {
                            <th scope="col">{column}<span class="db-type">{kind}</span></th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| view! {
                        <tr>
                            {row.into_iter().map(|value| match value {
                                Some(v) => view! { <td>{v}</td> }.into_any(),
                                None => view! { <td class="db-null">"NULL"</td> }.into_any(),
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(count: u64, shown: usize) -> Table {
        Table {
            name: "users".into(),
            columns: vec![("id".into(), "integer".into())],
            count,
            rows: (0..shown).map(|i| vec![Some(i.to_string())]).collect(),
        }
    }

    #[test]
    fn a_caption_says_how_many_rows_and_whether_all_are_shown() {
        assert_eq!(caption(&table(7, 7)), "users — 7 rows");
        assert_eq!(caption(&table(1, 1)), "users — 1 row");
        assert_eq!(caption(&table(0, 0)), "users — 0 rows");
        assert_eq!(
            caption(&table(1000, 100)),
            "users — the first 100 of 1000 rows"
        );
    }
}
