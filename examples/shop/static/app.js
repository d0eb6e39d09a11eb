/*
 * shop front-end bundle.
 * Built by concatenating every module, unminified, comments kept (seeded problem 6).
 */

/**
 * ProductCard variant 0: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard0(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-0';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 1: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine1(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-1';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 2: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag2(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-2';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 3: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars3(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-3';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 4: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel4(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-4';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 5: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox5(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-5';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 6: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel6(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-6';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 7: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow7(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-7';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 8: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm8(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-8';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 9: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList9(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-9';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 10: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard10(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-10';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 11: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine11(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-11';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 12: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag12(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-12';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 13: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars13(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-13';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 14: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel14(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-14';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 15: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox15(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-15';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 16: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel16(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-16';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 17: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow17(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-17';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 18: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm18(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-18';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 19: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList19(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-19';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 20: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard20(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-20';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 21: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine21(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-21';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 22: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag22(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-22';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 23: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars23(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-23';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 24: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel24(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-24';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 25: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox25(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-25';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 26: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel26(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-26';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 27: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow27(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-27';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 28: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm28(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-28';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 29: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList29(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-29';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 30: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard30(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-30';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 31: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine31(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-31';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 32: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag32(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-32';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 33: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars33(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-33';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 34: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel34(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-34';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 35: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox35(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-35';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 36: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel36(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-36';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 37: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow37(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-37';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 38: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm38(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-38';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 39: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList39(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-39';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 40: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard40(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-40';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 41: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine41(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-41';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 42: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag42(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-42';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 43: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars43(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-43';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 44: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel44(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-44';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 45: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox45(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-45';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 46: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel46(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-46';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 47: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow47(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-47';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 48: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm48(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-48';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 49: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList49(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-49';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 50: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard50(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-50';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 51: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine51(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-51';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 52: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag52(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-52';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 53: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars53(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-53';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 54: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel54(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-54';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 55: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox55(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-55';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 56: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel56(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-56';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 57: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow57(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-57';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 58: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm58(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-58';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 59: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList59(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-59';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 60: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard60(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-60';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 61: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine61(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-61';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 62: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag62(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-62';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 63: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars63(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-63';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 64: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel64(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-64';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 65: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox65(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-65';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 66: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel66(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-66';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 67: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow67(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-67';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 68: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm68(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-68';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 69: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList69(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-69';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 70: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard70(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-70';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 71: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine71(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-71';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 72: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag72(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-72';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 73: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars73(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-73';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 74: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel74(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-74';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 75: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox75(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-75';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 76: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel76(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-76';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 77: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow77(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-77';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 78: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm78(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-78';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 79: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList79(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-79';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 80: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard80(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-80';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 81: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine81(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-81';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 82: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag82(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-82';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 83: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars83(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-83';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 84: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel84(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-84';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 85: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox85(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-85';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 86: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel86(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-86';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 87: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow87(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-87';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 88: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm88(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-88';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 89: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList89(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-89';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 90: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard90(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-90';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 91: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine91(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-91';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 92: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag92(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-92';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 93: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars93(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-93';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 94: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel94(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-94';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 95: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox95(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-95';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 96: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel96(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-96';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 97: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow97(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-97';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 98: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm98(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-98';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 99: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList99(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-99';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 100: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard100(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-100';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 101: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine101(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-101';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 102: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag102(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-102';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 103: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars103(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-103';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 104: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel104(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-104';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 105: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox105(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-105';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 106: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel106(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-106';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 107: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow107(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-107';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 108: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm108(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-108';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 109: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList109(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-109';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * ProductCard variant 110: renders a productcard into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderProductCard110(container, data) {
    var element = document.createElement('div');
    element.className = 'productcard-110';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled productcard';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * CartLine variant 111: renders a cartline into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCartLine111(container, data) {
    var element = document.createElement('div');
    element.className = 'cartline-111';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled cartline';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * PriceTag variant 112: renders a pricetag into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderPriceTag112(container, data) {
    var element = document.createElement('div');
    element.className = 'pricetag-112';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled pricetag';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RatingStars variant 113: renders a ratingstars into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRatingStars113(container, data) {
    var element = document.createElement('div');
    element.className = 'ratingstars-113';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled ratingstars';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * Carousel variant 114: renders a carousel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderCarousel114(container, data) {
    var element = document.createElement('div');
    element.className = 'carousel-114';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled carousel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * SearchBox variant 115: renders a searchbox into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderSearchBox115(container, data) {
    var element = document.createElement('div');
    element.className = 'searchbox-115';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled searchbox';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * FilterPanel variant 116: renders a filterpanel into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderFilterPanel116(container, data) {
    var element = document.createElement('div');
    element.className = 'filterpanel-116';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled filterpanel';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * OrderRow variant 117: renders a orderrow into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderOrderRow117(container, data) {
    var element = document.createElement('div');
    element.className = 'orderrow-117';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled orderrow';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * QuoteForm variant 118: renders a quoteform into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderQuoteForm118(container, data) {
    var element = document.createElement('div');
    element.className = 'quoteform-118';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled quoteform';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

/**
 * RelatedList variant 119: renders a relatedlist into the given container element.
 * Kept verbose on purpose: a real build would minify and tree-shake this.
 */
function renderRelatedList119(container, data) {
    var element = document.createElement('div');
    element.className = 'relatedlist-119';
    var title = document.createElement('h3');
    title.textContent = data && data.name ? data.name : 'Untitled relatedlist';
    element.appendChild(title);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = data && data.price_cents ? (data.price_cents / 100).toFixed(2) + ' EUR' : '';
    element.appendChild(price);
    for (var index = 0; index < (data && data.items ? data.items.length : 0); index++) {
        var line = document.createElement('li');
        line.textContent = data.items[index].name + ' x ' + data.items[index].qty;
        element.appendChild(line);
    }
    container.appendChild(element);
    return element;
}

document.addEventListener('DOMContentLoaded', function () {
    fetch('/api/catalog').then(function (r) { return r.json(); }).then(function (products) {
        var root = document.getElementById('app');
        products.slice(0, 24).forEach(function (p) { renderProductCard0(root, p); });
    });
});
