// A document's spread: which organizations took it up (studied, conveyed, reviewed or
// adopted it), the first date each did, and how many days after the first organization.
// A date without a year (--09-16) is compared only with dates of its own page: between
// pages where one date has no year, days_after_first is null (it may be another year).
//
// Parameters:
//   $title   the document's title, without 《》: 习近平谈治国理政第四卷
//
// Example: kg query document_spread -p title=习近平谈治国理政第四卷
MATCH (o:Organization)-[:CONVENED]->(m:Meeting)-[a:STUDIED|CONVEYED|REVIEWED|ADOPTED]->(d:Document)
WHERE d.title = $title AND m.date IS NOT NULL
WITH o.name AS organization, m.date AS date, split(coalesce(a.article, ''), '#')[0] AS page
ORDER BY date, page
WITH organization, collect({date: date, page: page})[0] AS first
WITH collect({organization: organization, first_date: first.date, page: first.page}) AS takers
WITH takers, reduce(e = takers[0], t IN takers |
       CASE WHEN t.first_date + "|" + t.page < e.first_date + "|" + e.page THEN t ELSE e END) AS earliest
UNWIND takers AS taker
WITH taker, earliest,
     CASE WHEN taker.first_date STARTS WITH '--' THEN date('2000' + substring(taker.first_date, 1))
          ELSE date(taker.first_date) END AS day,
     CASE WHEN earliest.first_date STARTS WITH '--' THEN date('2000' + substring(earliest.first_date, 1))
          ELSE date(earliest.first_date) END AS first_day
RETURN taker.organization AS organization, taker.first_date AS first_date,
       CASE WHEN (taker.first_date STARTS WITH '--' OR earliest.first_date STARTS WITH '--')
                 AND taker.page <> earliest.page THEN null
            ELSE duration.inDays(first_day, day).days END AS days_after_first
ORDER BY first_date, organization
