// The meetings an organization convened, over time: date, meeting, kind, session.
//
// Parameters:
//   $org     the organization's canonical name: 张掖市政协
//
// Example: kg query org_meetings -p org=永昌县政协
MATCH (o:Organization)-[:CONVENED]->(m:Meeting)
WHERE o.name = $org
RETURN m.date AS date, m.name AS meeting, m.kind AS kind, m.session AS session
ORDER BY date, meeting
