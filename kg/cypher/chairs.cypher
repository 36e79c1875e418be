// Who chaired which meetings: person, convening organization, date, meeting, session.
//
// Parameters:
//   $org     the convening organization's name contains this (default: '')
//   $person  the chair's name contains this (default: '')
//   $since   first date, ISO 8601: 2022-09-01, or --09-01 for dates without a year (default: '')
//   $until   last date, ISO 8601 (default: '9999')
//
// Example: kg query chairs -p org=张掖市政协 -p since=--09-01
MATCH (o:Organization)-[:CONVENED]->(m:Meeting)<-[:CHAIRED]-(p:Person)
WHERE o.name CONTAINS $org AND p.name CONTAINS $person AND m.date >= $since AND m.date <= $until
RETURN p.name AS person, o.name AS organization, m.date AS date, m.name AS meeting, m.session AS session
ORDER BY date, person
