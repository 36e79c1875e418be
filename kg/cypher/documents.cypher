// Documents that meetings studied, conveyed, reviewed or adopted, by convening organization.
//
// Parameters:
//   $org     the organization's name contains this (default: '')
//
// Example: kg query documents -p org=嘉峪关
MATCH (o:Organization)-[:CONVENED]->(m:Meeting)-[r:STUDIED|CONVEYED|REVIEWED|ADOPTED]->(d:Document)
WHERE o.name CONTAINS $org
RETURN o.name AS organization, type(r) AS action, d.title AS document, m.date AS date
ORDER BY organization, date, document
