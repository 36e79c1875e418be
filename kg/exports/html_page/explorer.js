/* The kg explorer page: draws a readable part of the view held in viewNodes / viewEdges,
   and reaches the rest by search, focus, expand, back, a side panel and two tables.
   Every piece of data reaches the page through textContent, never as markup. */
function kgExplorer(viewNodes, viewEdges, data) {
  "use strict";
  var DataSet = vis.DataSet;
  var LAYER_ORDER = ["Person", "Meeting", "Organization", "Document"];
  var DOCUMENT_KINDS = {STUDIED: 1, CONVEYED: 1, REVIEWED: 1, ADOPTED: 1};
  var TABLE_ROWS = 300;
  var READABLE = 0.8;  // the zoom at which labels read well

  function $(id) { return document.getElementById(id); }
  function make(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  }
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }

  // ---- the data -------------------------------------------------------------------
  var allNodes = viewNodes.get();
  var byId = new Map();
  var adjacency = new Map();
  allNodes.forEach(function (node) { byId.set(node.id, node); adjacency.set(node.id, []); });
  viewEdges.get().forEach(function (edge) {
    adjacency.get(edge.from).push(edge);
    adjacency.get(edge.to).push(edge);
  });
  var info = data.nodes.map(function (row) {
    return {id: row[0], label: row[1], name: row[2], props: row[3], facts: []};
  });
  var infoById = new Map();
  info.forEach(function (node) { infoById.set(node.id, node); });
  var facts = data.facts.map(function (row) {
    var fact = {from: info[row[0]], to: info[row[1]], kind: row[2], role: row[3], first: row[4], last: row[5],
                evidence: row[6], articles: row[7]};
    fact.from.facts.push(fact);
    if (fact.to !== fact.from) fact.to.facts.push(fact);
    return fact;
  });
  function nameOf(id) { var node = infoById.get(id); return node ? node.name : id; }
  function dateOf(id) { var node = infoById.get(id); return node && node.props.date ? String(node.props.date) : ""; }
  var searchable = allNodes.map(function (node) {
    return {id: node.id, group: node.group, name: nameOf(node.id), lower: nameOf(node.id).toLowerCase(),
            degree: adjacency.get(node.id).length};
  });

  // ---- what may be drawn: legend toggles and the date range -------------------------
  var hiddenLabels = new Set();
  var range = {since: "", until: ""};
  function inRange(date) {
    if (!range.since && !range.until) return true;
    if (!date) return false;
    return (!range.since || date >= range.since) && (!range.until || date <= range.until);
  }
  function drawable(id) {
    var node = byId.get(id);
    if (!node || hiddenLabels.has(node.group)) return false;
    return node.group !== "Meeting" || inRange(dateOf(id));
  }

  // ---- the network ------------------------------------------------------------------
  var groups = {useDefaultGroups: false};
  Object.keys(data.styles).forEach(function (label) {
    var style = data.styles[label];
    groups[label] = {shape: style.shape, color: {background: style.colour, border: style.colour,
      highlight: {background: style.colour, border: "#222"}, hover: {background: style.colour, border: "#222"}},
      font: {color: label === "Organization" ? "#fff" : "#222"}};
  });
  var shownNodes = new DataSet([]);
  var shownEdges = new DataSet([]);
  var network = new vis.Network($("network"), {nodes: shownNodes, edges: shownEdges}, {
    groups: groups,
    nodes: {font: {face: data.font, size: 14}, borderWidth: 1},
    edges: {arrows: "to", smooth: false, color: {color: "#9a9a9a", highlight: "#333"},
            font: {face: data.font, size: 10, align: "middle"}},
    physics: {enabled: false},
    layout: {improvedLayout: false},
    interaction: {hover: true, hideEdgesOnDrag: true, tooltipDelay: 150}
  });

  function columns(ids) {  // columns by label, each ordered by its neighbours' places
    var position = {}, rank = {}, x = 0;
    var height = $("network").clientHeight || 500;  // columns as tall as the canvas shows at a readable zoom
    var rows = Math.max(6, Math.floor((height / READABLE - 40) / 62));
    var present = new Set(ids);
    LAYER_ORDER.forEach(function (label) {
      var members = ids.filter(function (id) { return byId.get(id).group === label; });
      if (!members.length) return;
      var anchor = {};
      members.forEach(function (id) {
        var placed = adjacency.get(id).map(function (edge) { return edge.from === id ? edge.to : edge.from; })
          .filter(function (other) { return present.has(other) && other in rank; })
          .map(function (other) { return rank[other]; });
        anchor[id] = placed.length ? placed.reduce(function (a, b) { return a + b; }, 0) / placed.length : 2;
      });
      members.sort(function (a, b) { return anchor[a] - anchor[b] || (a < b ? -1 : 1); });
      members.forEach(function (id, index) {
        position[id] = {x: x + Math.floor(index / rows) * 230, y: (index % rows) * 62};
        rank[id] = index / members.length;
      });
      x += (Math.floor((members.length - 1) / rows) + 1) * 230 + 170;
    });
    return position;
  }

  function rings(layers) {  // the focus in the middle, each further step on a wider ring
    var position = {};
    layers.forEach(function (layer, depth) {
      layer.sort(function (a, b) {
        return LAYER_ORDER.indexOf(byId.get(a).group) - LAYER_ORDER.indexOf(byId.get(b).group) || (a < b ? -1 : 1);
      });
      if (depth === 0 && layer.length === 1) { position[layer[0]] = {x: 0, y: 0}; return; }
      var radius = Math.max(depth * 260 + (depth === 0 ? 90 : 0), layer.length * 95 / (2 * Math.PI));
      layer.forEach(function (id, index) {
        var angle = 2 * Math.PI * index / layer.length - Math.PI / 2 + depth * 0.3;
        position[id] = {x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle))};
      });
    });
    return position;
  }

  function draw(ids, position, fitScale, topLeft) {
    var drawn = new Set(ids);
    var nodes = ids.map(function (id) {
      var node = byId.get(id);
      var shown = {id: id, label: node.label, group: node.group, x: position[id].x, y: position[id].y};
      if (node.size) shown.size = node.size;
      return shown;
    });
    var edges = [], seen = new Set();
    ids.forEach(function (id) {
      adjacency.get(id).forEach(function (edge) {
        if (!seen.has(edge.id) && drawn.has(edge.from) && drawn.has(edge.to)) { seen.add(edge.id); edges.push(edge); }
      });
    });
    shownEdges.clear();
    shownNodes.clear();
    shownNodes.add(nodes);
    shownEdges.add(edges);
    network.fit({animation: false});
    if (fitScale && network.getScale() < fitScale && ids.length) {
      var canvas = $("network"), xs = [], ys = [];
      if (topLeft) {  // keep the first columns in sight at a readable zoom; the rest is a pan away
        ids.forEach(function (id) { xs.push(position[id].x); ys.push(position[id].y); });
        var left = Math.min.apply(null, xs) - 60, top = Math.min.apply(null, ys) - 40;
        network.moveTo({position: {x: left + canvas.clientWidth / 2 / fitScale, y: top + canvas.clientHeight / 2 / fitScale},
                        scale: fitScale, animation: false});
      } else {
        network.moveTo({position: position[ids[0]], scale: fitScale, animation: false});
      }
    }
    return nodes.length;
  }

  // ---- states: overview, focus, everything; with a history for "back" ----------------
  var current = null;
  var history = [];
  var total = allNodes.length;

  function say(text, isEmpty) {
    var status = $("status");
    status.textContent = text;
    status.className = isEmpty ? "status empty" : "status";
  }

  function neighbourhood(start, depth) {
    var layers = [start.filter(drawable)], seen = new Set(layers[0]), count = seen.size, left = 0;
    for (var step = 1; step <= depth; step++) {
      var next = [];
      layers[step - 1].forEach(function (id) {
        adjacency.get(id).forEach(function (edge) {
          var other = edge.from === id ? edge.to : edge.from;
          if (seen.has(other) || !drawable(other)) return;
          seen.add(other);
          if (count < data.showLimit) { next.push(other); count++; } else { left++; }
        });
      });
      if (!next.length) break;
      layers.push(next);
    }
    return {layers: layers, left: left};
  }

  function render(state) {
    if (!total) {
      shownNodes.clear();
      say("没有可画的内容 Nothing to draw: no node matches the filters this page was made with (view: " + data.view +
          "). Export again with a wider --person, --org, --since or --until.", true);
      return;
    }
    var drawnCount;
    if (state.kind === "overview") {
      var ids = data.overview.filter(drawable);
      drawnCount = draw(ids, columns(ids), READABLE, true);
      var anchors = ids.filter(function (id) { return byId.get(id).group === data.anchor; }).length;
      say("Overview: " + (drawnCount < total ? "the " + anchors + " most connected " + plural(data.anchor) +
          " with what is around them — " : "") + drawnCount + " of " + total + " nodes drawn. " +
          (drawnCount < total ? (total - drawnCount) + " nodes are not drawn: search a name, click a node, use the " +
          "tables below, or 'draw all'." : "Click a node to see its facts."), drawnCount === 0);
    } else if (state.kind === "focus") {
      var found = neighbourhood(state.ids, state.depth);
      var flat = [].concat.apply([], found.layers);
      drawnCount = draw(flat, rings(found.layers), 0.7);
      var names = state.ids.slice(0, 3).map(nameOf).join("、") + (state.ids.length > 3 ? " …" : "");
      say("Focus: " + names + " and what lies within " + state.depth + (state.depth > 1 ? " steps" : " step") + ": " +
          drawnCount + " of " + total + " nodes drawn" + (found.left ? "; " + found.left + " more neighbours not drawn " +
          "(limit " + data.showLimit + ")" : "") + ". 'expand' adds a step, 'back' returns.", drawnCount === 0);
    } else {
      var every = allNodes.map(function (node) { return node.id; }).filter(drawable);
      var position = {};
      every.forEach(function (id) { position[id] = {x: byId.get(id).x, y: byId.get(id).y}; });
      drawnCount = draw(every, position, 0);
      say("All " + drawnCount + " nodes drawn in columns by label (persons, meetings, organizations, documents); " +
          "zoom in to read, or go back to the overview.", drawnCount === 0);
    }
    $("back").disabled = history.length === 0;
    $("expand").disabled = state.kind !== "focus";
  }

  function plural(label) {
    return {Person: "persons", Document: "documents", Meeting: "meetings", Organization: "organizations"}[label];
  }

  function go(state) {
    if (current) history.push(current);
    current = state;
    render(state);
  }

  function focus(ids, select) {
    var inView = ids.filter(function (id) { return byId.has(id); });
    if (!inView.length) { say("Not in this view: " + ids.map(nameOf).join("、"), true); return; }
    go({kind: "focus", ids: inView, depth: 1});
    if (select) show(select);
  }

  $("back").addEventListener("click", function () {
    if (!history.length) return;
    current = history.pop();
    render(current);
  });
  $("expand").addEventListener("click", function () {
    if (current && current.kind === "focus") go({kind: "focus", ids: current.ids, depth: current.depth + 1});
  });
  $("overview").addEventListener("click", function () { go({kind: "overview"}); });
  $("draw-all").addEventListener("click", function () { go({kind: "all"}); });
  network.on("click", function (params) {
    if (params.nodes.length) focus([params.nodes[0]], params.nodes[0]);
  });

  // ---- the side panel ------------------------------------------------------------------
  var SECTIONS = [  // [kind, direction, heading]
    ["HOLDS_ROLE", ">", "任职 roles"], ["CHAIRED", ">", "主持的会议 meetings chaired"],
    ["ATTENDED", ">", "出席的会议 meetings attended"], ["CONVENED", "<", "召开机构 convened by"],
    ["CHAIRED", "<", "主持人 chaired by"], ["ATTENDED", "<", "出席者 attended by"],
    ["DOCUMENT", ">", "文件 documents handled"], ["CONVENED", ">", "召开的会议 meetings convened"],
    ["HOLDS_ROLE", "<", "任职人员 people with roles"], ["DOCUMENT", "<", "处理的会议 handled at meetings"],
    ["ISSUED", ">", "出台的文件 documents issued"], ["ISSUED", "<", "出台机构 issued by"]
  ];

  function nodeLink(node) {
    if (!byId.has(node.id)) return make("span", node.name, "name");
    var button = make("button", node.name, "link");
    button.type = "button";
    button.addEventListener("click", function () { focus([node.id], node.id); });
    return button;
  }

  function detail(fact, other) {
    var bits = [];
    if (DOCUMENT_KINDS[fact.kind]) bits.push(data.edgeLabels[fact.kind]);
    if (fact.role) bits.push(fact.role);
    if (other.label === "Meeting") {
      if (other.props.date) bits.push(String(other.props.date));
      if (other.props.session) bits.push(String(other.props.session));
    }
    if (fact.first || fact.last) bits.push("seen " + (fact.first === fact.last ? fact.first : fact.first + " – " + fact.last));
    return bits.join(" · ");
  }

  function show(id) {
    var node = infoById.get(id);
    var panel = $("panel");
    clear(panel);
    if (!node) return;
    panel.appendChild(make("h2", node.name));
    panel.appendChild(make("div", data.styles[node.label].legend, "tag"));
    var properties = make("dl");
    Object.keys(node.props).sort().forEach(function (key) {
      properties.appendChild(make("dt", key));
      properties.appendChild(make("dd", node.props[key]));
    });
    panel.appendChild(properties);
    var sections = {};
    var evidence = new Map();
    node.facts.forEach(function (fact) {
      var out = fact.from === node;
      var kind = DOCUMENT_KINDS[fact.kind] ? "DOCUMENT" : fact.kind;
      var key = kind + (out ? ">" : "<");
      (sections[key] = sections[key] || []).push({fact: fact, other: out ? fact.to : fact.from});
      if (fact.evidence >= 0) {
        var cited = evidence.get(fact.evidence) || new Set();
        fact.articles.forEach(function (article) { cited.add(article); });
        evidence.set(fact.evidence, cited);
      }
    });
    SECTIONS.forEach(function (section) {
      var items = sections[section[0] + section[1]];
      if (!items) return;
      items.sort(function (a, b) {
        var da = dateOf(a.other.id) || a.fact.first, db = dateOf(b.other.id) || b.fact.first;
        return da < db ? -1 : da > db ? 1 : (a.other.name < b.other.name ? -1 : 1);
      });
      panel.appendChild(make("h3", section[2] + " (" + items.length + ")"));
      var list = make("ul", null, "facts");
      items.forEach(function (item) {
        var line = make("li");
        line.appendChild(nodeLink(item.other));
        var text = detail(item.fact, item.other);
        if (text) line.appendChild(make("span", " " + text, "detail"));
        list.appendChild(line);
      });
      panel.appendChild(list);
    });
    var handled = documentsAround(node);
    if (handled.length) {
      panel.appendChild(make("h3", "经手的文件 documents at their meetings (" + handled.length + ")"));
      var documents = make("ul", null, "facts");
      handled.forEach(function (item) {
        var line = make("li");
        line.appendChild(nodeLink(item.document));
        line.appendChild(make("span", " " + item.actions.join("、") + " · " + item.dates.join("、"), "detail"));
        documents.appendChild(line);
      });
      panel.appendChild(documents);
    }
    if (evidence.size) {
      panel.appendChild(make("h3", "依据 evidence (" + evidence.size + ")"));
      var quotes = make("ol", null, "evidence");
      evidence.forEach(function (cited, sentence) {
        var line = make("li");
        line.appendChild(make("q", data.evidence[sentence]));
        cited.forEach(function (article) {
          var row = data.articles[article];
          line.appendChild(make("div", row[0] + (row[1] ? " 《" + row[1] + "》" : "") + (row[2] ? " " + row[2] : ""),
                                "article"));
        });
        quotes.appendChild(line);
      });
      panel.appendChild(quotes);
    }
    window.kgSelected = id;
  }

  function documentsAround(node) {  // a person's or an organization's documents, through their meetings
    if (node.label !== "Person" && node.label !== "Organization") return [];
    var found = new Map();
    node.facts.forEach(function (fact) {
      if (fact.from !== node || fact.to.label !== "Meeting") return;
      fact.to.facts.forEach(function (handled) {
        if (handled.from !== fact.to || !DOCUMENT_KINDS[handled.kind]) return;
        var item = found.get(handled.to.id) || {document: handled.to, actions: [], dates: []};
        var action = data.edgeLabels[handled.kind], date = dateOf(fact.to.id);
        if (item.actions.indexOf(action) < 0) item.actions.push(action);
        if (date && item.dates.indexOf(date) < 0) item.dates.push(date);
        found.set(handled.to.id, item);
      });
    });
    return Array.from(found.values());
  }

  // ---- the tables ------------------------------------------------------------------------
  function conveners(meeting) {
    return meeting.facts.filter(function (fact) { return fact.kind === "CONVENED" && fact.to === meeting; })
      .map(function (fact) { return fact.from.name; });
  }
  var chairRows = facts.filter(function (fact) { return fact.kind === "CHAIRED"; }).map(function (fact) {
    var meeting = fact.to;
    return {cells: [fact.from.name, conveners(meeting).join("、"), meeting.name, String(meeting.props.session || ""),
                    String(meeting.props.date || "")],
            dates: [String(meeting.props.date || "")], focus: [meeting.id], select: meeting.id};
  });
  var documentRows = [];
  info.forEach(function (document) {
    if (document.label !== "Document") return;
    var organizations = [], actions = [], dates = [], meetings = [];
    document.facts.forEach(function (fact) {
      if (fact.to !== document) return;
      if (fact.kind === "ISSUED") { organizations.push(fact.from.name); return; }
      if (!DOCUMENT_KINDS[fact.kind]) return;
      meetings.push(fact.from.id);
      conveners(fact.from).forEach(function (name) { organizations.push(name); });
      actions.push(data.edgeLabels[fact.kind]);
      if (fact.from.props.date) dates.push(String(fact.from.props.date));
    });
    if (!meetings.length && !organizations.length) return;
    function unique(list) { return list.filter(function (v, i) { return list.indexOf(v) === i; }); }
    dates = unique(dates).sort();
    documentRows.push({cells: [document.name, unique(organizations).join("、"), unique(actions).join("、"),
                               dates.join("、")],
                       dates: dates, focus: [document.id].concat(meetings), select: document.id});
  });
  var TABLES = {
    chairs: {head: ["人物 person", "机构 organization", "会议 meeting", "届次 session", "日期 date"], rows: chairRows,
             sort: {column: 4, down: false}},
    documents: {head: ["文件 document", "机构 organizations", "动作 actions", "日期 dates"], rows: documentRows,
                sort: {column: 3, down: false}}
  };
  var activeTable = "chairs";
  var query = "";

  function renderTable() {
    var table = TABLES[activeTable];
    var head = $("table").tHead, body = $("table").tBodies[0];
    clear(head);
    clear(body);
    var headRow = make("tr");
    table.head.forEach(function (title, column) {
      var cell = make("th", title + (table.sort.column === column ? (table.sort.down ? " ▼" : " ▲") : ""));
      cell.addEventListener("click", function () {
        table.sort = {column: column, down: table.sort.column === column ? !table.sort.down : false};
        renderTable();
      });
      headRow.appendChild(cell);
    });
    head.appendChild(headRow);
    var rows = table.rows.filter(function (row) {
      if ((range.since || range.until) && row.dates[0] !== undefined &&
          !row.dates.some(function (date) { return inRange(date); })) return false;
      return !query || row.cells.some(function (cell) { return cell.toLowerCase().indexOf(query) >= 0; });
    });
    var column = table.sort.column, sign = table.sort.down ? -1 : 1;
    rows.sort(function (a, b) {
      return sign * (a.cells[column] < b.cells[column] ? -1 : a.cells[column] > b.cells[column] ? 1 : 0);
    });
    rows.slice(0, TABLE_ROWS).forEach(function (row) {
      var line = make("tr");
      row.cells.forEach(function (cell) { line.appendChild(make("td", cell)); });
      line.addEventListener("click", function () { focus(row.focus, row.select); });
      body.appendChild(line);
    });
    $("table-note").textContent = rows.length + " of " + table.rows.length + " rows" +
      (rows.length > TABLE_ROWS ? ", the first " + TABLE_ROWS + " shown: search to narrow" : "") +
      (query ? " matching “" + query + "”" : "") + " · click a row to focus on it";
  }
  ["chairs", "documents"].forEach(function (name) {
    $("tab-" + name).addEventListener("click", function () {
      activeTable = name;
      $("tab-chairs").className = name === "chairs" ? "on" : "";
      $("tab-documents").className = name === "documents" ? "on" : "";
      renderTable();
    });
  });

  // ---- search ------------------------------------------------------------------------------
  var searchBox = $("search");
  var composing = false, pending = null;
  function schedule() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(runSearch, 120);
  }
  function runSearch() {
    pending = null;
    query = searchBox.value.trim().toLowerCase();
    renderTable();
    var results = $("results");
    clear(results);
    if (!query) return;
    var matches = searchable.filter(function (node) { return node.lower.indexOf(query) >= 0; });
    if (!matches.length) {
      say("没有找到 No name in this view contains “" + searchBox.value.trim() + "”.", true);
      window.kgSearched = searchBox.value;
      return;
    }
    function score(node) {
      return (node.lower === query ? 0 : node.lower.indexOf(query) === 0 ? 1 : 2) * 10 +
        (node.group === data.anchor ? 0 : 1);
    }
    matches.sort(function (a, b) { return score(a) - score(b) || b.degree - a.degree || (a.name < b.name ? -1 : 1); });
    matches.slice(0, 20).forEach(function (node) {
      var item = make("li");
      var button = make("button", node.name, "link");
      button.type = "button";
      button.addEventListener("click", function () { focus([node.id], node.id); });
      item.appendChild(button);
      item.appendChild(make("span", " " + data.styles[node.group].legend, "detail"));
      results.appendChild(item);
    });
    if (matches.length > 20) results.appendChild(make("li", "… " + (matches.length - 20) + " more", "detail"));
    var best = matches[0].lower === query ? [matches[0]] : matches.slice(0, 8);
    focus(best.map(function (node) { return node.id; }), matches[0].id);
    window.kgSearched = searchBox.value;
  }
  searchBox.addEventListener("compositionstart", function () { composing = true; });
  searchBox.addEventListener("compositionend", function () { composing = false; schedule(); });
  searchBox.addEventListener("input", function (event) {
    if (composing || event.isComposing) return;
    schedule();
  });

  // ---- legend and dates --------------------------------------------------------------------
  var legend = $("legend");
  var present = new Set(allNodes.map(function (node) { return node.group; }));
  Object.keys(data.styles).forEach(function (label) {
    if (present.size && !present.has(label)) return;
    var key = make("button", null, "key");
    key.type = "button";
    key.setAttribute("data-label", label);
    key.setAttribute("data-colour", data.styles[label].colour);
    key.setAttribute("aria-pressed", "true");
    key.title = "hide or show " + label;
    var swatch = make("span", null, "swatch");
    swatch.style.background = data.styles[label].colour;
    key.appendChild(swatch);
    key.appendChild(document.createTextNode(data.styles[label].legend));
    key.addEventListener("click", function () {
      if (hiddenLabels.has(label)) hiddenLabels.delete(label); else hiddenLabels.add(label);
      key.setAttribute("aria-pressed", hiddenLabels.has(label) ? "false" : "true");
      key.className = hiddenLabels.has(label) ? "key off" : "key";
      if (current) render(current);
    });
    legend.appendChild(key);
  });
  var edgeCount = viewEdges.length;
  $("summary").textContent = "view: " + data.view + " · " + total + " nodes · " + edgeCount + " edges in this page" +
    (data.dropped ? " · " + data.dropped + " nodes left out by --max-nodes (" + plural(data.anchor) +
     " and what is around them kept)" : "");

  var dates = [];
  allNodes.forEach(function (node) {
    var date = node.group === "Meeting" ? dateOf(node.id) : "";
    if (date && dates.indexOf(date) < 0) dates.push(date);
  });
  dates.sort();
  if (dates.length > 1) {
    $("dates").hidden = false;
    [["since", dates[0]], ["until", dates[dates.length - 1]]].forEach(function (pair) {
      var select = $(pair[0]);
      dates.forEach(function (date) {
        var option = make("option", date);
        option.value = date;
        select.appendChild(option);
      });
      select.value = pair[1];
      select.addEventListener("change", function () {
        var since = $("since").value, until = $("until").value;
        range = (since === dates[0] && until === dates[dates.length - 1]) ? {since: "", until: ""}
          : {since: since, until: until};
        renderTable();
        if (current) render(current);
      });
    });
  }

  // ---- open -----------------------------------------------------------------------------------
  window.kgNetwork = network;
  window.kgShown = {nodes: shownNodes, edges: shownEdges};
  window.kgFocus = function (ids) { focus(ids, ids[0]); };
  network.once("afterDrawing", function () { window.kgReady = true; });
  current = {kind: "overview"};
  render(current);
  renderTable();
  if (!total) window.kgReady = true;
}
