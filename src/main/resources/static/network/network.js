/* The network view: draws the network API's graph with Cytoscape.js, expands a neighbourhood,
   highlights the shortest path between two subjects and saves the picture as PNG. */
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#ff7f0e'];
  var box = document.getElementById('network-graph');
  if (!box || typeof cytoscape !== 'function') {
    return;
  }
  var data = box.dataset;
  var names = {};
  var cy;

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    });
  }

  function elements(graph) {
    var list = [];
    graph.nodes.forEach(function (n) {
      names[n.id] = n.name;
      var s = n.scores;
      list.push({ group: 'nodes', data: {
        id: n.id, label: n.name, type: n.type,
        size: 18 + 42 * Math.sqrt(s.betweennessCentrality),
        colour: PALETTE[s.community % PALETTE.length],
        border: s.articulationPoint ? 4 : 1,
        shape: s.frontCompany.length ? 'rectangle' : 'ellipse'
      } });
    });
    graph.edges.forEach(function (e) {
      list.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.type } });
    });
    return list;
  }

  function layout() {
    var big = cy.nodes().length > 400;
    cy.layout(big ? { name: 'concentric', animate: false } : { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000 }).run();
  }

  function select(node) {
    var selected = document.getElementById('node-selected');
    selected.textContent = node.data('label');
    var expand = document.getElementById('expand-node');
    expand.disabled = false;
    expand.dataset.subject = node.id();
    var open = document.getElementById('open-node');
    open.href = data.subjectUrl + node.id();
    open.hidden = false;
    var from = document.getElementById('path-from');
    var to = document.getElementById('path-to');
    if (!from.value || (from.value && to.value)) {
      from.value = node.id();
      to.value = '';
    } else if (from.value !== node.id()) {
      to.value = node.id();
    }
  }

  function expand() {
    var subject = document.getElementById('expand-node').dataset.subject;
    if (!subject) {
      return;
    }
    json(data.neighbourhoodUrl + '?depth=1&subject=' + encodeURIComponent(subject)).then(function (graph) {
      var fresh = elements(graph).filter(function (el) { return cy.getElementById(el.data.id).empty(); });
      fresh.forEach(function (el) {
        if (el.group === 'edges' && (cy.getElementById(el.data.source).empty() && !fresh.some(function (o) { return o.data.id === el.data.source; }))) {
          el.skip = true;
        }
      });
      cy.add(fresh.filter(function (el) { return !el.skip; }));
      layout();
    });
  }

  function findPath() {
    var from = document.getElementById('path-from').value;
    var to = document.getElementById('path-to').value;
    var result = document.getElementById('path-result');
    if (!from || !to) {
      return;
    }
    var query = '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
    if (data.dossier) {
      query += '&dossier=' + encodeURIComponent(data.dossier);
    }
    if (data.filter) {
      query += '&' + data.filter.replace(/(^|&)from=/, '$1since=').replace(/(^|&)to=/, '$1until=');
    }
    json(data.pathUrl + query).then(function (path) {
      cy.elements().removeClass('path');
      result.textContent = '';
      var message = document.createElement('p');
      if (!path.found) {
        message.textContent = data.msgNone;
        result.appendChild(message);
        return;
      }
      message.textContent = data.msgFound.replace('{0}', path.length);
      result.appendChild(message);
      var list = document.createElement('ol');
      list.id = 'path-subjects';
      path.subjects.forEach(function (id) {
        cy.getElementById(id).addClass('path');
        var item = document.createElement('li');
        item.textContent = names[id] || id;
        list.appendChild(item);
      });
      path.relations.forEach(function (id) { cy.getElementById(id).addClass('path'); });
      result.appendChild(list);
    }).catch(function () {
      result.textContent = data.msgFailed;
    });
  }

  function savePng() {
    var form = document.getElementById('png-audit');
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        return;
      }
      var link = document.createElement('a');
      link.href = cy.png({ full: true, bg: '#ffffff', scale: 2 });
      link.download = 'network.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }

  box.setAttribute('aria-busy', 'true');
  json(data.graphUrl).then(function (graph) {
    cy = cytoscape({
      container: box,
      elements: elements(graph),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', shape: 'data(shape)',
          'border-width': 'data(border)', 'border-color': '#111111', label: 'data(label)', 'font-size': 10,
          'text-valign': 'bottom', 'text-margin-y': 3, color: '#111111' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#8a8a8a', 'curve-style': 'bezier' } },
        { selector: 'node:selected', style: { 'overlay-color': '#1d4ed8', 'overlay-opacity': 0.25 } },
        { selector: 'node.path', style: { 'border-color': '#b45309', 'border-width': 6 } },
        { selector: 'edge.path', style: { 'line-color': '#f59e0b', width: 5 } }
      ]
    });
    layout();
    cy.on('tap', 'node', function (event) { select(event.target); });
    box.dataset.ready = 'true';
    box.removeAttribute('aria-busy');
  }).catch(function () {
    box.textContent = data.msgFailed;
    box.removeAttribute('aria-busy');
  });

  document.getElementById('expand-node').addEventListener('click', expand);
  document.getElementById('find-path').addEventListener('click', findPath);
  document.getElementById('export-png').addEventListener('click', savePng);
  window.stroomplanNetwork = { graph: function () { return cy; } };
}());
