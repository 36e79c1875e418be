// A person's profile: the roles held (with first and last seen dates), the meetings chaired and attended.
//
// Parameters:
//   $name    the person's name, as printed: 周均发
//
// Example: kg query person_profile -p name=周均发
MATCH (p:Person)-[r:HOLDS_ROLE|CHAIRED|ATTENDED]->(x)
WHERE p.name = $name
RETURN type(r) AS relation, r.role AS role, x.name AS target, x.date AS date,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY relation, target
