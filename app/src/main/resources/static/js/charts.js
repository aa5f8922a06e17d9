// Draws every element with a data-chart attribute (JSON written by the server) with ECharts' SVG renderer.
// The data arrive as attribute text, never as script, so names from the school file cannot run as code.
(function () {
  'use strict';
  var GREEN = '#2e7d32', RED = '#c62828', GREY = '#9e9e9e';

  function cvOption(doc, el) {
    return {
      grid: {left: 8, right: 48, top: 16, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', name: el.dataset.cvLabel || 'CV'},
      yAxis: {type: 'category', data: doc.indicators, inverse: true, axisLabel: {width: 180, overflow: 'truncate'}},
      series: [{
        type: 'bar',
        data: doc.cv.map(function (v) {
          return {value: v, itemStyle: {color: v === null || v > doc.limit ? RED : GREEN}};
        }),
        markLine: {
          symbol: 'none', lineStyle: {color: RED, type: 'dashed'},
          label: {formatter: (el.dataset.limitLabel || 'limit') + ' {c}'},
          data: [{xAxis: doc.limit}]
        }
      }]
    };
  }

  function trendOption(doc, el) {
    return {
      grid: {left: 8, right: 16, top: 56, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      xAxis: {type: 'category', data: doc.years.map(String)},
      yAxis: {type: 'value'},
      series: doc.series.map(function (s, i) {
        var line = {type: 'line', name: s.name, data: s.data, connectNulls: false};
        if (i === 0) {
          line.markLine = {symbol: 'none', lineStyle: {color: RED, type: 'dashed'},
            label: {formatter: (el.dataset.limitLabel || 'limit') + ' {c}'}, data: [{yAxis: doc.limit}]};
        }
        return line;
      })
    };
  }

  function mapSeries(doc, el, coordinateSystem) {
    var groups = [
      {name: el.dataset.compliantLabel, color: GREEN, test: function (p) { return p.compliant === true; }},
      {name: el.dataset.notCompliantLabel, color: RED, test: function (p) { return p.compliant === false; }},
      {name: el.dataset.unknownLabel, color: GREY, test: function (p) { return p.compliant === null; }}
    ];
    return groups.map(function (g) {
      return {
        type: 'scatter', name: g.name, coordinateSystem: coordinateSystem, symbolSize: 7,
        itemStyle: {color: g.color},
        data: doc.points.filter(g.test).map(function (p) { return {name: p.name, value: p.value, code: p.code}; })
      };
    });
  }

  function mapOption(doc, el, mapName) {
    var option = {
      tooltip: {trigger: 'item', formatter: function (p) { return echarts.format.encodeHTML(p.name || ''); }},
      legend: {top: 0}
    };
    if (mapName) {
      option.geo = {map: mapName, roam: true, itemStyle: {areaColor: '#f5f5f5', borderColor: '#607d8b'}};
      option.series = mapSeries(doc, el, 'geo');
    } else {
      option.grid = {left: 8, right: 16, top: 32, bottom: 8, containLabel: true};
      option.xAxis = {type: 'value', scale: true, name: '°E'};
      option.yAxis = {type: 'value', scale: true, name: '°N'};
      option.series = mapSeries(doc, el, 'cartesian2d');
    }
    return option;
  }

  // The rotation page: each segment and indicator's county CV before and after the plan, side by side.
  function cvCompareOption(doc, el) {
    return {
      grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      xAxis: {type: 'value', name: 'CV'},
      yAxis: {type: 'category', data: doc.categories, inverse: true, axisLabel: {width: 260, overflow: 'truncate'}},
      series: [
        {type: 'bar', name: el.dataset.beforeLabel || 'before', data: doc.before, itemStyle: {color: GREY}},
        {type: 'bar', name: el.dataset.afterLabel || 'after', data: doc.after, itemStyle: {color: GREEN}}
      ]
    };
  }

  // The rotation page: the county's schools and a line from each school to each school its teachers move to.
  function movesOption(doc, el) {
    var widest = doc.lines.reduce(function (m, l) { return Math.max(m, l.count); }, 1);
    return {
      grid: {left: 8, right: 16, top: 32, bottom: 8, containLabel: true},
      tooltip: {trigger: 'item', formatter: function (p) { return echarts.format.encodeHTML(p.name || ''); }},
      legend: {top: 0},
      xAxis: {type: 'value', scale: true, name: '°E'},
      yAxis: {type: 'value', scale: true, name: '°N'},
      series: [
        {type: 'scatter', name: el.dataset.schoolsLabel || 'schools', symbolSize: 7, itemStyle: {color: GREY},
          data: doc.points.map(function (p) { return {name: p.name, value: p.value, code: p.code}; })},
        {type: 'lines', name: el.dataset.movesLabel || 'moves', coordinateSystem: 'cartesian2d', symbol: ['none', 'arrow'],
          itemStyle: {color: RED}, lineStyle: {color: RED},
          symbolSize: 6, data: doc.lines.map(function (l) {
            return {name: l.name, coords: l.coords,
              lineStyle: {color: RED, opacity: 0.6, width: 1 + 3 * l.count / widest}};
          })}
      ]
    };
  }

  // The enrolment round page: each school's applicants per seat, against the line of one applicant per seat.
  function demandOption(doc, el) {
    return {
      grid: {left: 8, right: 24, top: 16, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', name: doc.label},
      yAxis: {type: 'category', data: doc.categories, inverse: true, axisLabel: {width: 220, overflow: 'truncate'}},
      series: [{
        type: 'bar', name: doc.label,
        data: doc.perSeat.map(function (v) {
          return {value: v, itemStyle: {color: v !== null && v > 1 ? RED : GREEN}};
        }),
        markLine: {
          symbol: 'none', lineStyle: {color: GREY, type: 'dashed'},
          label: {formatter: el.dataset.limitLabel || '1'}, data: [{xAxis: 1}]
        }
      }]
    };
  }

  // The quota round's page: each junior high's key-high-school admission rate (%) without and with the quota seats,
  // rural junior highs first.
  function quotaEquityOption(doc, el) {
    return {
      grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      xAxis: {type: 'value', name: '%'},
      yAxis: {type: 'category', data: doc.categories, inverse: true, axisLabel: {width: 260, overflow: 'truncate'}},
      series: [
        {type: 'bar', name: el.dataset.beforeLabel || 'without', data: doc.before, itemStyle: {color: GREY}},
        {type: 'bar', name: el.dataset.afterLabel || 'with', data: doc.after, itemStyle: {color: GREEN}}
      ]
    };
  }

  // The county dashboard's seat forecast: each zone's entrants per seat (%) per year, against the line of 100 %.
  function forecastOption(doc, el) {
    return {
      grid: {left: 8, right: 24, top: 48, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis'},
      legend: {top: 0, type: 'scroll'},
      xAxis: {type: 'category', data: doc.years},
      yAxis: {type: 'value', name: '%'},
      series: doc.series.map(function (s, i) {
        return {
          type: 'line', name: s.name, data: s.data,
          markLine: i > 0 ? undefined : {
            symbol: 'none', lineStyle: {color: RED, type: 'dashed'},
            label: {formatter: el.dataset.limitLabel || '100 %'}, data: [{yAxis: doc.limit}]
          }
        };
      })
    };
  }

  function draw(el) {
    if (el.dataset.chartSrc) {
      // Large documents (the schools of a map) come from their own address rather than inside the page.
      fetch(el.dataset.chartSrc, {credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (doc) { drawDocument(el, doc); });
    } else {
      drawDocument(el, JSON.parse(el.dataset.chart));
    }
  }

  function drawDocument(el, doc) {
    var chart = echarts.init(el, null, {renderer: 'svg'});
    if (doc.kind === 'cv') {
      chart.setOption(cvOption(doc, el));
    } else if (doc.kind === 'cvCompare') {
      chart.setOption(cvCompareOption(doc, el));
    } else if (doc.kind === 'moves') {
      chart.setOption(movesOption(doc, el));
    } else if (doc.kind === 'demand') {
      chart.setOption(demandOption(doc, el));
    } else if (doc.kind === 'quotaEquity') {
      chart.setOption(quotaEquityOption(doc, el));
    } else if (doc.kind === 'forecast') {
      chart.setOption(forecastOption(doc, el));
    } else if (doc.kind === 'trend') {
      chart.setOption(trendOption(doc, el));
    } else if (doc.kind === 'map') {
      var boundary = el.dataset.boundary;
      if (boundary) {
        fetch(boundary, {credentials: 'same-origin'})
          .then(function (r) { return r.json(); })
          .then(function (geo) {
            echarts.registerMap(el.dataset.mapName, geo);
            chart.setOption(mapOption(doc, el, el.dataset.mapName));
          })
          .catch(function () { chart.setOption(mapOption(doc, el, null)); });
      } else {
        chart.setOption(mapOption(doc, el, null));
      }
      chart.on('click', function (p) {
        if (p.data && p.data.code) { window.location.href = '/schools/' + encodeURIComponent(p.data.code); }
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart], [data-chart-src]').forEach(draw);
  });
})();
