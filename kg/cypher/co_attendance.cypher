// Who meets whom: pairs of persons who chaired or attended the same meetings, and how often.
//
// Parameters:
//   $person  one of the pair's names contains this (default: '')
//   $min     the least number of shared meetings (default: 1)
//
// Example: kg query co_attendance -p min=2
MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
WHERE a.name < b.name AND (a.name CONTAINS $person OR b.name CONTAINS $person)
WITH a.name AS person, b.name AS other, count(DISTINCT m) AS meetings
WHERE meetings >= $min
RETURN person, other, meetings
ORDER BY meetings DESC, person, other
