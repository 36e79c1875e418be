// A document's spread: which organizations took it up (studied, conveyed, reviewed or
// adopted it), the first date each did, and how many days after the first organization.
// Dates without a year (--09-16) are compared as if in one year.
//
// Parameters:
//   $title   the document's title, without 《》: 习近平谈治国理政第四卷
//
// Example: kg query document_spread -p title=习近平谈治国理政第四卷
MATCH (o:Organization)-[:CONVENED]->(m:Meeting)-[:STUDIED|CONVEYED|REVIEWED|ADOPTED]->(d:Document)
WHERE d.title = $title
WITH o.name AS organization, min(m.date) AS first_date
WITH collect({organization: organization, first_date: first_date}) AS takers, min(first_date) AS earliest
UNWIND takers AS taker
WITH taker, earliest,
     CASE WHEN taker.first_date STARTS WITH '--' THEN date('2000' + substring(taker.first_date, 1))
          ELSE date(taker.first_date) END AS day,
     CASE WHEN earliest STARTS WITH '--' THEN date('2000' + substring(earliest, 1))
          ELSE date(earliest) END AS first_day
RETURN taker.organization AS organization, taker.first_date AS first_date,
       duration.inDays(first_day, day).days AS days_after_first
ORDER BY first_date, organization
