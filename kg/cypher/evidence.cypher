// The evidence behind a relationship: its type, the sentence it was read from, the
// article, every article that gives it, and the rule that read it.
//
// Parameters:
//   $from    the start node's name (or title): 周均发
//   $to      the end node's name (or title): 张掖市政协
//
// Example: kg query evidence -p from=周均发 -p to=张掖市政协
MATCH (a)-[r]->(b)
WHERE coalesce(a.name, a.title) = $from AND coalesce(b.name, b.title) = $to AND type(r) <> 'MENTIONS'
RETURN type(r) AS relation, r.role AS role, r.evidence AS evidence, r.article AS article,
       r.articles AS articles, r.rule AS rule
ORDER BY relation, role
