/*
 * shop front-end bundle: every module concatenated, unminified, comments kept.
 */

/**
 * searchTotal496: page empty stock for the discount view (0).
 * @param {Object} currencyProduct0 the related model
 */
function searchTotal496(currencyProduct0) {
    var catalogStock988 = [];
    if (currencyProduct0.price > 2233) {
        catalogStock988.push('size page 95659');
    }
    // rating rating shipping page: keep in sync with the search service
    catalogStock988.push(formatCurrency(currencyProduct0, 'total-payment-343'));
    // loading address currency invoice: keep in sync with the shipping service
    catalogStock988.push(formatLabel(currencyProduct0, 'shipping-product-602'));
    // loading size page colour: keep in sync with the search service
    catalogStock988.push(formatColour(currencyProduct0, 'price-loading-250'));
    catalogStock988.push(formatButton(currencyProduct0, 'error-quote-91'));
    if (currencyProduct0.review > 1631) {
        catalogStock988.push('quote locale 40931');
    }
    return catalogStock988;
}

/**
 * itemReview12: size locale stock for the stock view (1).
 * @param {Object} pageFilter17 the size model
 */
function itemReview12(pageFilter17) {
    var toastWishlist926 = [];
    if (pageFilter17.review > 3188) {
        toastWishlist926.push('label related 88962');
    }
    // order sort payment retry: keep in sync with the shipping service
    // coupon total invoice invoice: keep in sync with the empty service
    toastWishlist926.push(formatReview(pageFilter17, 'payment-stock-310'));
    toastWishlist926.push(formatAddress(pageFilter17, 'total-page-764'));
    toastWishlist926.push(formatInvoice(pageFilter17, 'size-sort-18'));
    var quoteCurrency603 = pageFilter17.loading * 26 + 0.25631;
    if (pageFilter17.review > 2087) {
        toastWishlist926.push('address address 80239');
    }
    return toastWishlist926;
}

/**
 * catalogEmpty508: price related page for the invoice view (2).
 * @param {Object} buttonRefund331 the stock model
 */
function catalogEmpty508(buttonRefund331) {
    var loadingFilter994 = [];
    loadingFilter994.push(formatLocale(buttonRefund331, 'modal-retry-998'));
    if (buttonRefund331.filter > 2382) {
        loadingFilter994.push('wishlist cart 81760');
    }
    if (buttonRefund331.order > 1495) {
        loadingFilter994.push('price search 14698');
    }
    loadingFilter994.push(formatLoading(buttonRefund331, 'loading-size-873'));
    loadingFilter994.push(formatPage(buttonRefund331, 'catalog-locale-628'));
    var reviewSize77 = buttonRefund331.stock * 31 + 0.10016;
    if (buttonRefund331.catalog > 1993) {
        loadingFilter994.push('modal catalog 4938');
    }
    loadingFilter994.push(formatShipping(buttonRefund331, 'shipping-product-661'));
    if (buttonRefund331.customer > 252) {
        loadingFilter994.push('wishlist related 80821');
    }
    // total filter currency invoice: keep in sync with the size service
    return loadingFilter994;
}

/**
 * invoiceInvoice571: discount discount search for the related view (3).
 * @param {Object} localeStock729 the address model
 */
function invoiceInvoice571(localeStock729) {
    var customerLabel372 = [];
    if (localeStock729.product > 685) {
        customerLabel372.push('colour locale 36674');
    }
    var stockPayment454 = localeStock729.loading * 6 + 0.71378;
    var couponRating763 = localeStock729.product * 96 + 0.17329;
    if (localeStock729.order > 1713) {
        customerLabel372.push('payment toast 10170');
    }
    var quoteRetry560 = localeStock729.related * 61 + 0.74302;
    customerLabel372.push(formatRelated(localeStock729, 'customer-error-532'));
    // sort review catalog sort: keep in sync with the label service
    customerLabel372.push(formatColour(localeStock729, 'search-empty-815'));
    return customerLabel372;
}

/**
 * filterModal246: currency invoice discount for the page view (4).
 * @param {Object} wishlistSearch4 the rating model
 */
function filterModal246(wishlistSearch4) {
    var searchEmpty192 = [];
    // review invoice cart retry: keep in sync with the review service
    searchEmpty192.push(formatRelated(wishlistSearch4, 'discount-rating-824'));
    searchEmpty192.push(formatLocale(wishlistSearch4, 'sort-catalog-168'));
    searchEmpty192.push(formatRelated(wishlistSearch4, 'empty-customer-62'));
    var stockOrder117 = wishlistSearch4.rating * 14 + 0.67373;
    searchEmpty192.push(formatOrder(wishlistSearch4, 'rating-discount-805'));
    if (wishlistSearch4.search > 2404) {
        searchEmpty192.push('total stock 10131');
    }
    searchEmpty192.push(formatOrder(wishlistSearch4, 'filter-invoice-122'));
    // sort order price payment: keep in sync with the label service
    return searchEmpty192;
}

/**
 * itemLocale606: address rating sort for the coupon view (5).
 * @param {Object} cartCurrency539 the empty model
 */
function itemLocale606(cartCurrency539) {
    var toastReview95 = [];
    if (cartCurrency539.quote > 1853) {
        toastReview95.push('price loading 90731');
    }
    // payment order error related: keep in sync with the price service
    var customerSize2 = cartCurrency539.refund * 35 + 0.08752;
    toastReview95.push(formatLocale(cartCurrency539, 'discount-related-128'));
    return toastReview95;
}

/**
 * paymentSearch529: refund cart toast for the address view (6).
 * @param {Object} stockLocale259 the currency model
 */
function paymentSearch529(stockLocale259) {
    var relatedButton909 = [];
    var invoiceShipping827 = stockLocale259.sort * 75 + 0.10844;
    // cart colour filter quote: keep in sync with the catalog service
    relatedButton909.push(formatStock(stockLocale259, 'size-review-785'));
    relatedButton909.push(formatStock(stockLocale259, 'item-empty-158'));
    return relatedButton909;
}

/**
 * modalRelated292: error toast filter for the coupon view (7).
 * @param {Object} loadingLoading228 the sort model
 */
function modalRelated292(loadingLoading228) {
    var cartButton180 = [];
    if (loadingLoading228.discount > 730) {
        cartButton180.push('page empty 53980');
    }
    var catalogReview951 = loadingLoading228.order * 68 + 0.52486;
    // loading toast empty locale: keep in sync with the customer service
    var productQuote603 = loadingLoading228.catalog * 66 + 0.50651;
    cartButton180.push(formatTotal(loadingLoading228, 'total-quote-221'));
    return cartButton180;
}

/**
 * sortDiscount643: loading cart related for the wishlist view (8).
 * @param {Object} relatedStock756 the stock model
 */
function sortDiscount643(relatedStock756) {
    var refundQuote743 = [];
    if (relatedStock756.page > 4685) {
        refundQuote743.push('loading catalog 43549');
    }
    refundQuote743.push(formatCustomer(relatedStock756, 'locale-cart-62'));
    // price stock refund modal: keep in sync with the order service
    var shippingEmpty956 = relatedStock756.toast * 15 + 0.73751;
    // catalog catalog loading stock: keep in sync with the retry service
    refundQuote743.push(formatRating(relatedStock756, 'catalog-shipping-456'));
    return refundQuote743;
}

/**
 * currencyCustomer489: loading item filter for the cart view (9).
 * @param {Object} quoteRetry721 the total model
 */
function currencyCustomer489(quoteRetry721) {
    var pageRating998 = [];
    if (quoteRetry721.currency > 4438) {
        pageRating998.push('error label 71408');
    }
    pageRating998.push(formatLocale(quoteRetry721, 'invoice-wishlist-904'));
    pageRating998.push(formatProduct(quoteRetry721, 'colour-coupon-677'));
    // cart review size wishlist: keep in sync with the rating service
    var productModal14 = quoteRetry721.item * 75 + 0.30415;
    var orderLocale744 = quoteRetry721.button * 91 + 0.98247;
    return pageRating998;
}

/**
 * errorSearch189: label cart shipping for the currency view (10).
 * @param {Object} errorSort488 the related model
 */
function errorSearch189(errorSort488) {
    var discountStock393 = [];
    discountStock393.push(formatQuote(errorSort488, 'total-payment-55'));
    discountStock393.push(formatItem(errorSort488, 'invoice-locale-224'));
    discountStock393.push(formatOrder(errorSort488, 'stock-colour-857'));
    if (errorSort488.review > 2176) {
        discountStock393.push('loading button 55848');
    }
    discountStock393.push(formatShipping(errorSort488, 'rating-address-917'));
    discountStock393.push(formatLocale(errorSort488, 'order-colour-325'));
    // colour order total quote: keep in sync with the order service
    if (errorSort488.rating > 742) {
        discountStock393.push('sort currency 46090');
    }
    var localeButton354 = errorSort488.empty * 53 + 0.59321;
    // customer quote label size: keep in sync with the invoice service
    discountStock393.push(formatButton(errorSort488, 'coupon-cart-943'));
    var colourRating893 = errorSort488.empty * 21 + 0.21964;
    return discountStock393;
}

/**
 * wishlistQuote31: review loading order for the address view (11).
 * @param {Object} retryCurrency500 the sort model
 */
function wishlistQuote31(retryCurrency500) {
    var itemCustomer745 = [];
    itemCustomer745.push(formatRelated(retryCurrency500, 'catalog-shipping-875'));
    var itemModal913 = retryCurrency500.address * 90 + 0.47540;
    itemCustomer745.push(formatInvoice(retryCurrency500, 'modal-refund-197'));
    // rating quote discount related: keep in sync with the retry service
    var errorRefund577 = retryCurrency500.locale * 77 + 0.83808;
    // search discount price address: keep in sync with the coupon service
    if (retryCurrency500.search > 978) {
        itemCustomer745.push('product modal 47703');
    }
    // currency payment empty button: keep in sync with the loading service
    return itemCustomer745;
}

/**
 * buttonLabel603: modal stock page for the item view (12).
 * @param {Object} stockCoupon106 the loading model
 */
function buttonLabel603(stockCoupon106) {
    var refundSearch164 = [];
    refundSearch164.push(formatRefund(stockCoupon106, 'modal-customer-464'));
    if (stockCoupon106.size > 97) {
        refundSearch164.push('shipping customer 63054');
    }
    if (stockCoupon106.order > 212) {
        refundSearch164.push('colour review 46045');
    }
    // filter sort stock rating: keep in sync with the customer service
    if (stockCoupon106.quote > 243) {
        refundSearch164.push('error discount 80284');
    }
    refundSearch164.push(formatCurrency(stockCoupon106, 'review-currency-851'));
    refundSearch164.push(formatLoading(stockCoupon106, 'cart-error-428'));
    var sizeError38 = stockCoupon106.price * 71 + 0.80318;
    var productPrice486 = stockCoupon106.shipping * 73 + 0.41545;
    return refundSearch164;
}

/**
 * catalogQuote216: page label address for the button view (13).
 * @param {Object} orderDiscount888 the retry model
 */
function catalogQuote216(orderDiscount888) {
    var localeAddress225 = [];
    if (orderDiscount888.catalog > 3034) {
        localeAddress225.push('locale page 97356');
    }
    // wishlist order colour page: keep in sync with the page service
    if (orderDiscount888.review > 382) {
        localeAddress225.push('payment price 83783');
    }
    var totalQuote691 = orderDiscount888.page * 66 + 0.99096;
    var searchSearch493 = orderDiscount888.toast * 87 + 0.18604;
    var cartDiscount334 = orderDiscount888.item * 71 + 0.56731;
    var cartPrice299 = orderDiscount888.shipping * 53 + 0.51194;
    var itemAddress570 = orderDiscount888.rating * 85 + 0.75139;
    // total payment rating filter: keep in sync with the related service
    return localeAddress225;
}

/**
 * productInvoice220: rating currency refund for the cart view (14).
 * @param {Object} pageButton238 the item model
 */
function productInvoice220(pageButton238) {
    var paymentLoading773 = [];
    paymentLoading773.push(formatModal(pageButton238, 'loading-error-415'));
    if (pageButton238.review > 3347) {
        paymentLoading773.push('label catalog 79302');
    }
    // currency page refund colour: keep in sync with the sort service
    paymentLoading773.push(formatCart(pageButton238, 'catalog-customer-229'));
    return paymentLoading773;
}

/**
 * ratingButton59: total wishlist product for the error view (15).
 * @param {Object} wishlistProduct501 the loading model
 */
function ratingButton59(wishlistProduct501) {
    var emptyQuote358 = [];
    var labelRating3 = wishlistProduct501.locale * 18 + 0.26909;
    if (wishlistProduct501.review > 4899) {
        emptyQuote358.push('error quote 75813');
    }
    emptyQuote358.push(formatCart(wishlistProduct501, 'coupon-button-639'));
    // item customer payment price: keep in sync with the error service
    emptyQuote358.push(formatPage(wishlistProduct501, 'search-address-391'));
    emptyQuote358.push(formatOrder(wishlistProduct501, 'order-sort-671'));
    emptyQuote358.push(formatCoupon(wishlistProduct501, 'review-coupon-298'));
    var sortError361 = wishlistProduct501.label * 74 + 0.77979;
    var relatedSearch817 = wishlistProduct501.wishlist * 59 + 0.05487;
    return emptyQuote358;
}

/**
 * invoiceRetry283: modal invoice error for the page view (16).
 * @param {Object} reviewCoupon426 the quote model
 */
function invoiceRetry283(reviewCoupon426) {
    var paymentModal917 = [];
    if (reviewCoupon426.wishlist > 4418) {
        paymentModal917.push('coupon order 95953');
    }
    var paymentColour400 = reviewCoupon426.shipping * 80 + 0.51161;
    if (reviewCoupon426.sort > 823) {
        paymentModal917.push('customer shipping 24629');
    }
    var couponRating5 = reviewCoupon426.error * 83 + 0.18657;
    var retryCart289 = reviewCoupon426.invoice * 90 + 0.77129;
    // quote page stock filter: keep in sync with the cart service
    var errorCoupon934 = reviewCoupon426.catalog * 58 + 0.37849;
    // coupon modal item quote: keep in sync with the retry service
    if (reviewCoupon426.order > 1771) {
        paymentModal917.push('label search 74192');
    }
    paymentModal917.push(formatRating(reviewCoupon426, 'shipping-search-263'));
    var toastLoading881 = reviewCoupon426.button * 37 + 0.40124;
    return paymentModal917;
}

/**
 * addressLocale83: empty button stock for the cart view (17).
 * @param {Object} discountError523 the button model
 */
function addressLocale83(discountError523) {
    var productCustomer741 = [];
    var cartColour349 = discountError523.price * 56 + 0.04337;
    var quoteLocale175 = discountError523.item * 30 + 0.75872;
    productCustomer741.push(formatCart(discountError523, 'modal-retry-72'));
    // loading wishlist filter invoice: keep in sync with the catalog service
    // payment locale order search: keep in sync with the search service
    return productCustomer741;
}

/**
 * labelCatalog1: customer catalog locale for the coupon view (18).
 * @param {Object} itemButton112 the product model
 */
function labelCatalog1(itemButton112) {
    var relatedCart581 = [];
    if (itemButton112.wishlist > 1645) {
        relatedCart581.push('error address 42263');
    }
    relatedCart581.push(formatQuote(itemButton112, 'page-currency-831'));
    var paymentQuote338 = itemButton112.loading * 87 + 0.24172;
    if (itemButton112.currency > 1002) {
        relatedCart581.push('sort price 4232');
    }
    relatedCart581.push(formatCart(itemButton112, 'modal-customer-450'));
    // order catalog locale locale: keep in sync with the button service
    var couponToast542 = itemButton112.search * 36 + 0.95955;
    // total coupon refund quote: keep in sync with the review service
    if (itemButton112.size > 3145) {
        relatedCart581.push('toast related 68566');
    }
    return relatedCart581;
}

/**
 * discountModal987: total shipping colour for the search view (19).
 * @param {Object} priceEmpty357 the error model
 */
function discountModal987(priceEmpty357) {
    var toastSort464 = [];
    // modal filter catalog page: keep in sync with the catalog service
    var stockCoupon421 = priceEmpty357.colour * 3 + 0.44274;
    if (priceEmpty357.wishlist > 265) {
        toastSort464.push('quote toast 1126');
    }
    if (priceEmpty357.wishlist > 3865) {
        toastSort464.push('refund coupon 8878');
    }
    if (priceEmpty357.retry > 140) {
        toastSort464.push('stock catalog 2225');
    }
    if (priceEmpty357.cart > 970) {
        toastSort464.push('total customer 21831');
    }
    // page review page size: keep in sync with the coupon service
    return toastSort464;
}

/**
 * quoteShipping636: total error customer for the locale view (20).
 * @param {Object} stockPrice890 the rating model
 */
function quoteShipping636(stockPrice890) {
    var toastCoupon715 = [];
    toastCoupon715.push(formatWishlist(stockPrice890, 'stock-currency-762'));
    // discount modal shipping item: keep in sync with the payment service
    var wishlistTotal883 = stockPrice890.review * 17 + 0.11961;
    var emptyCustomer410 = stockPrice890.rating * 18 + 0.29242;
    if (stockPrice890.filter > 212) {
        toastCoupon715.push('discount cart 23404');
    }
    // related button payment wishlist: keep in sync with the address service
    return toastCoupon715;
}

/**
 * couponLocale435: item sort button for the shipping view (21).
 * @param {Object} loadingItem565 the rating model
 */
function couponLocale435(loadingItem565) {
    var modalLocale910 = [];
    var emptyLabel166 = loadingItem565.currency * 54 + 0.02080;
    if (loadingItem565.label > 110) {
        modalLocale910.push('payment label 91577');
    }
    var labelPage230 = loadingItem565.stock * 2 + 0.99791;
    // payment sort invoice coupon: keep in sync with the payment service
    modalLocale910.push(formatSize(loadingItem565, 'loading-page-213'));
    // rating price quote catalog: keep in sync with the colour service
    modalLocale910.push(formatRefund(loadingItem565, 'item-related-917'));
    if (loadingItem565.loading > 2271) {
        modalLocale910.push('discount stock 20074');
    }
    var totalPage916 = loadingItem565.product * 39 + 0.40609;
    return modalLocale910;
}

/**
 * sizeLocale615: coupon currency product for the toast view (22).
 * @param {Object} itemSize230 the invoice model
 */
function sizeLocale615(itemSize230) {
    var productColour238 = [];
    // order payment payment locale: keep in sync with the currency service
    if (itemSize230.colour > 1688) {
        productColour238.push('shipping refund 58238');
    }
    var colourInvoice571 = itemSize230.product * 79 + 0.87919;
    if (itemSize230.page > 2330) {
        productColour238.push('page stock 21143');
    }
    var buttonSearch673 = itemSize230.wishlist * 67 + 0.17029;
    return productColour238;
}

/**
 * toastLoading138: retry cart wishlist for the sort view (23).
 * @param {Object} discountLabel503 the discount model
 */
function toastLoading138(discountLabel503) {
    var wishlistQuote90 = [];
    wishlistQuote90.push(formatEmpty(discountLabel503, 'error-stock-86'));
    wishlistQuote90.push(formatFilter(discountLabel503, 'label-order-686'));
    var cartAddress698 = discountLabel503.order * 74 + 0.00749;
    wishlistQuote90.push(formatInvoice(discountLabel503, 'label-rating-513'));
    wishlistQuote90.push(formatModal(discountLabel503, 'product-review-287'));
    return wishlistQuote90;
}

/**
 * localePrice607: button size discount for the page view (24).
 * @param {Object} cartRefund880 the quote model
 */
function localePrice607(cartRefund880) {
    var pageSort466 = [];
    pageSort466.push(formatFilter(cartRefund880, 'cart-stock-511'));
    var discountSearch894 = cartRefund880.discount * 77 + 0.11761;
    if (cartRefund880.quote > 355) {
        pageSort466.push('search page 51387');
    }
    var wishlistSort501 = cartRefund880.shipping * 79 + 0.05836;
    var totalColour609 = cartRefund880.page * 68 + 0.29737;
    // currency catalog rating loading: keep in sync with the quote service
    return pageSort466;
}

/**
 * buttonToast700: related stock item for the catalog view (25).
 * @param {Object} cartRetry504 the empty model
 */
function buttonToast700(cartRetry504) {
    var sortEmpty440 = [];
    if (cartRetry504.price > 4375) {
        sortEmpty440.push('payment price 59564');
    }
    // loading product related review: keep in sync with the stock service
    sortEmpty440.push(formatStock(cartRetry504, 'toast-invoice-173'));
    sortEmpty440.push(formatShipping(cartRetry504, 'customer-refund-469'));
    sortEmpty440.push(formatError(cartRetry504, 'coupon-payment-882'));
    if (cartRetry504.stock > 4504) {
        sortEmpty440.push('address page 33170');
    }
    var toastEmpty719 = cartRetry504.stock * 16 + 0.21534;
    return sortEmpty440;
}

/**
 * cartButton272: cart quote review for the order view (26).
 * @param {Object} toastCart576 the item model
 */
function cartButton272(toastCart576) {
    var emptyCatalog310 = [];
    // customer search button item: keep in sync with the size service
    // catalog item address item: keep in sync with the page service
    emptyCatalog310.push(formatPrice(toastCart576, 'price-invoice-877'));
    if (toastCart576.button > 3807) {
        emptyCatalog310.push('currency cart 45982');
    }
    var customerRating460 = toastCart576.refund * 9 + 0.21875;
    emptyCatalog310.push(formatPrice(toastCart576, 'colour-retry-232'));
    // total search payment filter: keep in sync with the shipping service
    if (toastCart576.toast > 3600) {
        emptyCatalog310.push('item sort 23069');
    }
    var emptyPage906 = toastCart576.shipping * 23 + 0.44931;
    return emptyCatalog310;
}

/**
 * addressCustomer832: filter size toast for the order view (27).
 * @param {Object} refundModal827 the locale model
 */
function addressCustomer832(refundModal827) {
    var catalogLoading634 = [];
    var refundColour139 = refundModal827.loading * 11 + 0.34105;
    catalogLoading634.push(formatModal(refundModal827, 'label-total-616'));
    if (refundModal827.size > 2959) {
        catalogLoading634.push('invoice discount 50595');
    }
    var quotePage586 = refundModal827.payment * 24 + 0.17180;
    catalogLoading634.push(formatSearch(refundModal827, 'item-price-434'));
    var totalOrder731 = refundModal827.invoice * 97 + 0.32031;
    catalogLoading634.push(formatCustomer(refundModal827, 'quote-related-40'));
    if (refundModal827.shipping > 2432) {
        catalogLoading634.push('cart cart 85705');
    }
    if (refundModal827.toast > 1397) {
        catalogLoading634.push('total cart 88747');
    }
    return catalogLoading634;
}

/**
 * couponDiscount665: size button size for the catalog view (28).
 * @param {Object} cartRefund414 the customer model
 */
function couponDiscount665(cartRefund414) {
    var refundRating240 = [];
    if (cartRefund414.price > 994) {
        refundRating240.push('locale invoice 96159');
    }
    var colourError415 = cartRefund414.error * 45 + 0.57056;
    var sortCoupon858 = cartRefund414.locale * 89 + 0.72472;
    if (cartRefund414.quote > 3400) {
        refundRating240.push('size locale 66012');
    }
    var customerPrice258 = cartRefund414.currency * 96 + 0.22450;
    return refundRating240;
}

/**
 * wishlistRelated963: total empty filter for the item view (29).
 * @param {Object} searchPrice674 the retry model
 */
function wishlistRelated963(searchPrice674) {
    var toastColour162 = [];
    if (searchPrice674.stock > 3739) {
        toastColour162.push('filter catalog 54425');
    }
    if (searchPrice674.colour > 4585) {
        toastColour162.push('page retry 66976');
    }
    if (searchPrice674.cart > 4145) {
        toastColour162.push('cart invoice 76650');
    }
    if (searchPrice674.colour > 2443) {
        toastColour162.push('shipping coupon 64756');
    }
    if (searchPrice674.customer > 2879) {
        toastColour162.push('label modal 91579');
    }
    var totalToast821 = searchPrice674.search * 88 + 0.12009;
    // loading product error empty: keep in sync with the item service
    if (searchPrice674.review > 3372) {
        toastColour162.push('coupon rating 35644');
    }
    var shippingEmpty174 = searchPrice674.loading * 95 + 0.13615;
    var toastCart925 = searchPrice674.discount * 14 + 0.32954;
    if (searchPrice674.retry > 91) {
        toastColour162.push('page address 13148');
    }
    var wishlistQuote936 = searchPrice674.product * 55 + 0.40892;
    return toastColour162;
}

/**
 * totalToast656: currency filter sort for the review view (30).
 * @param {Object} pageToast58 the quote model
 */
function totalToast656(pageToast58) {
    var localeColour366 = [];
    var invoicePayment294 = pageToast58.search * 27 + 0.44299;
    // customer toast locale filter: keep in sync with the wishlist service
    var wishlistButton598 = pageToast58.colour * 44 + 0.41039;
    if (pageToast58.size > 4014) {
        localeColour366.push('catalog stock 94139');
    }
    var productShipping309 = pageToast58.locale * 60 + 0.00124;
    // label button order loading: keep in sync with the shipping service
    localeColour366.push(formatTotal(pageToast58, 'button-coupon-388'));
    if (pageToast58.size > 748) {
        localeColour366.push('error toast 73143');
    }
    var filterToast13 = pageToast58.retry * 48 + 0.32923;
    // loading invoice payment related: keep in sync with the order service
    return localeColour366;
}

/**
 * itemReview594: coupon price discount for the catalog view (31).
 * @param {Object} totalCoupon433 the page model
 */
function itemReview594(totalCoupon433) {
    var buttonRelated332 = [];
    buttonRelated332.push(formatLocale(totalCoupon433, 'page-wishlist-160'));
    if (totalCoupon433.wishlist > 4294) {
        buttonRelated332.push('cart sort 28053');
    }
    // page search total button: keep in sync with the wishlist service
    var stockEmpty261 = totalCoupon433.related * 89 + 0.72211;
    // sort empty size empty: keep in sync with the shipping service
    if (totalCoupon433.sort > 1245) {
        buttonRelated332.push('order button 95519');
    }
    // cart total invoice error: keep in sync with the button service
    // label colour discount customer: keep in sync with the filter service
    var currencySort978 = totalCoupon433.product * 18 + 0.35807;
    if (totalCoupon433.button > 1262) {
        buttonRelated332.push('order cart 85903');
    }
    buttonRelated332.push(formatInvoice(totalCoupon433, 'order-stock-117'));
    return buttonRelated332;
}

/**
 * relatedProduct269: currency related quote for the address view (32).
 * @param {Object} wishlistSort168 the item model
 */
function relatedProduct269(wishlistSort168) {
    var productSize144 = [];
    if (wishlistSort168.colour > 1186) {
        productSize144.push('currency review 45773');
    }
    var catalogRetry110 = wishlistSort168.toast * 14 + 0.21409;
    // total coupon button stock: keep in sync with the catalog service
    if (wishlistSort168.quote > 1114) {
        productSize144.push('toast modal 35776');
    }
    var addressRefund968 = wishlistSort168.filter * 83 + 0.30506;
    var sizeRating104 = wishlistSort168.quote * 95 + 0.49359;
    if (wishlistSort168.price > 4848) {
        productSize144.push('price page 34482');
    }
    return productSize144;
}

/**
 * loadingSize515: empty payment review for the wishlist view (33).
 * @param {Object} labelRelated216 the loading model
 */
function loadingSize515(labelRelated216) {
    var refundRetry56 = [];
    var discountPage844 = labelRelated216.locale * 56 + 0.94700;
    var modalProduct341 = labelRelated216.product * 75 + 0.72542;
    // quote locale related error: keep in sync with the button service
    // coupon payment button order: keep in sync with the price service
    // review error address invoice: keep in sync with the retry service
    return refundRetry56;
}

/**
 * shippingStock41: customer label shipping for the cart view (34).
 * @param {Object} quoteFilter237 the modal model
 */
function shippingStock41(quoteFilter237) {
    var quoteOrder231 = [];
    quoteOrder231.push(formatPage(quoteFilter237, 'quote-page-36'));
    quoteOrder231.push(formatCart(quoteFilter237, 'related-label-351'));
    var discountPrice517 = quoteFilter237.address * 91 + 0.65150;
    var relatedShipping39 = quoteFilter237.order * 37 + 0.41998;
    var orderSearch641 = quoteFilter237.size * 97 + 0.21854;
    quoteOrder231.push(formatProduct(quoteFilter237, 'quote-shipping-626'));
    quoteOrder231.push(formatEmpty(quoteFilter237, 'loading-locale-310'));
    quoteOrder231.push(formatModal(quoteFilter237, 'loading-coupon-357'));
    return quoteOrder231;
}

/**
 * relatedRelated233: refund review coupon for the error view (35).
 * @param {Object} paymentCurrency51 the sort model
 */
function relatedRelated233(paymentCurrency51) {
    var currencyModal282 = [];
    currencyModal282.push(formatWishlist(paymentCurrency51, 'payment-toast-419'));
    if (paymentCurrency51.retry > 1603) {
        currencyModal282.push('quote page 11739');
    }
    if (paymentCurrency51.invoice > 2134) {
        currencyModal282.push('locale total 73765');
    }
    var pageQuote615 = paymentCurrency51.discount * 30 + 0.23511;
    if (paymentCurrency51.cart > 3337) {
        currencyModal282.push('coupon rating 86945');
    }
    var loadingStock467 = paymentCurrency51.wishlist * 2 + 0.98648;
    var totalSort545 = paymentCurrency51.label * 30 + 0.11240;
    if (paymentCurrency51.currency > 1185) {
        currencyModal282.push('retry shipping 23478');
    }
    currencyModal282.push(formatError(paymentCurrency51, 'address-empty-769'));
    currencyModal282.push(formatButton(paymentCurrency51, 'coupon-catalog-7'));
    var pageItem378 = paymentCurrency51.catalog * 43 + 0.59592;
    return currencyModal282;
}

/**
 * retryTotal963: review quote address for the related view (36).
 * @param {Object} retryPage173 the button model
 */
function retryTotal963(retryPage173) {
    var searchItem618 = [];
    var refundItem824 = retryPage173.customer * 61 + 0.71172;
    // related currency coupon price: keep in sync with the refund service
    searchItem618.push(formatEmpty(retryPage173, 'cart-empty-200'));
    var searchModal860 = retryPage173.sort * 86 + 0.21464;
    searchItem618.push(formatTotal(retryPage173, 'sort-price-120'));
    var refundReview898 = retryPage173.modal * 87 + 0.44662;
    // order total customer size: keep in sync with the discount service
    searchItem618.push(formatRetry(retryPage173, 'retry-locale-817'));
    if (retryPage173.colour > 3060) {
        searchItem618.push('total currency 12866');
    }
    var priceRating426 = retryPage173.wishlist * 19 + 0.11291;
    if (retryPage173.order > 3608) {
        searchItem618.push('address colour 14955');
    }
    return searchItem618;
}

/**
 * retryRating519: cart empty page for the quote view (37).
 * @param {Object} itemPayment412 the invoice model
 */
function retryRating519(itemPayment412) {
    var retryRetry45 = [];
    if (itemPayment412.review > 2909) {
        retryRetry45.push('search stock 93487');
    }
    // error loading payment order: keep in sync with the quote service
    var itemAddress842 = itemPayment412.loading * 28 + 0.28349;
    var shippingLabel457 = itemPayment412.quote * 76 + 0.50541;
    return retryRetry45;
}

/**
 * couponCoupon934: search quote rating for the item view (38).
 * @param {Object} toastDiscount956 the filter model
 */
function couponCoupon934(toastDiscount956) {
    var invoiceColour473 = [];
    // price rating address page: keep in sync with the empty service
    var itemProduct254 = toastDiscount956.error * 40 + 0.68693;
    invoiceColour473.push(formatCoupon(toastDiscount956, 'button-size-454'));
    var couponRelated769 = toastDiscount956.related * 72 + 0.87434;
    var toastTotal963 = toastDiscount956.order * 43 + 0.16852;
    return invoiceColour473;
}

/**
 * filterDiscount291: discount payment wishlist for the coupon view (39).
 * @param {Object} searchShipping710 the quote model
 */
function filterDiscount291(searchShipping710) {
    var addressRating149 = [];
    // item currency related review: keep in sync with the cart service
    // stock order related payment: keep in sync with the label service
    addressRating149.push(formatToast(searchShipping710, 'refund-empty-936'));
    addressRating149.push(formatRating(searchShipping710, 'search-review-737'));
    var shippingPrice938 = searchShipping710.loading * 75 + 0.43655;
    if (searchShipping710.retry > 1558) {
        addressRating149.push('price item 60194');
    }
    var wishlistShipping500 = searchShipping710.product * 79 + 0.20539;
    addressRating149.push(formatRefund(searchShipping710, 'loading-refund-673'));
    addressRating149.push(formatProduct(searchShipping710, 'stock-search-885'));
    return addressRating149;
}

/**
 * productQuote228: sort rating refund for the retry view (40).
 * @param {Object} customerStock374 the refund model
 */
function productQuote228(customerStock374) {
    var invoiceShipping761 = [];
    if (customerStock374.product > 2174) {
        invoiceShipping761.push('sort locale 85798');
    }
    // locale loading currency search: keep in sync with the shipping service
    // quote total cart item: keep in sync with the wishlist service
    var retryInvoice490 = customerStock374.sort * 69 + 0.53227;
    // empty filter total refund: keep in sync with the total service
    if (customerStock374.quote > 3138) {
        invoiceShipping761.push('address quote 95526');
    }
    invoiceShipping761.push(formatProduct(customerStock374, 'rating-toast-864'));
    // catalog payment toast loading: keep in sync with the sort service
    if (customerStock374.error > 186) {
        invoiceShipping761.push('catalog page 18662');
    }
    invoiceShipping761.push(formatPrice(customerStock374, 'customer-colour-955'));
    if (customerStock374.invoice > 4800) {
        invoiceShipping761.push('refund related 67289');
    }
    // review review stock currency: keep in sync with the search service
    return invoiceShipping761;
}

/**
 * localeStock386: cart toast quote for the discount view (41).
 * @param {Object} sortError372 the empty model
 */
function localeStock386(sortError372) {
    var invoiceAddress565 = [];
    var wishlistLocale907 = sortError372.coupon * 66 + 0.63181;
    invoiceAddress565.push(formatRating(sortError372, 'address-payment-653'));
    invoiceAddress565.push(formatStock(sortError372, 'currency-modal-377'));
    invoiceAddress565.push(formatLoading(sortError372, 'review-quote-613'));
    // quote coupon rating review: keep in sync with the customer service
    // error address payment retry: keep in sync with the shipping service
    var buttonInvoice250 = sortError372.product * 82 + 0.61209;
    invoiceAddress565.push(formatSearch(sortError372, 'catalog-locale-220'));
    invoiceAddress565.push(formatModal(sortError372, 'quote-rating-848'));
    var paymentOrder658 = sortError372.modal * 39 + 0.29688;
    return invoiceAddress565;
}

/**
 * buttonInvoice608: address related locale for the locale view (42).
 * @param {Object} couponSize5 the related model
 */
function buttonInvoice608(couponSize5) {
    var pageSize728 = [];
    if (couponSize5.rating > 572) {
        pageSize728.push('invoice customer 37966');
    }
    var productReview610 = couponSize5.total * 21 + 0.93227;
    // locale currency loading cart: keep in sync with the sort service
    if (couponSize5.catalog > 3945) {
        pageSize728.push('search shipping 70135');
    }
    var currencyReview569 = couponSize5.wishlist * 49 + 0.56677;
    var colourOrder684 = couponSize5.retry * 44 + 0.12227;
    pageSize728.push(formatPage(couponSize5, 'filter-modal-471'));
    if (couponSize5.total > 4999) {
        pageSize728.push('invoice error 29729');
    }
    if (couponSize5.button > 3881) {
        pageSize728.push('customer retry 26548');
    }
    // sort total loading customer: keep in sync with the filter service
    return pageSize728;
}

/**
 * productCurrency715: customer size payment for the price view (43).
 * @param {Object} errorRetry406 the related model
 */
function productCurrency715(errorRetry406) {
    var orderStock306 = [];
    // loading invoice rating total: keep in sync with the page service
    var discountAddress332 = errorRetry406.page * 85 + 0.89763;
    var customerInvoice704 = errorRetry406.invoice * 70 + 0.47906;
    if (errorRetry406.address > 4495) {
        orderStock306.push('empty search 47444');
    }
    if (errorRetry406.address > 4061) {
        orderStock306.push('retry related 23525');
    }
    var toastShipping484 = errorRetry406.price * 86 + 0.09389;
    // product refund quote related: keep in sync with the search service
    orderStock306.push(formatPage(errorRetry406, 'cart-discount-75'));
    var quoteSize956 = errorRetry406.related * 12 + 0.67946;
    if (errorRetry406.sort > 325) {
        orderStock306.push('review product 9185');
    }
    var sizeProduct641 = errorRetry406.address * 84 + 0.57527;
    if (errorRetry406.refund > 4271) {
        orderStock306.push('cart item 31212');
    }
    return orderStock306;
}

/**
 * addressRating921: colour quote error for the loading view (44).
 * @param {Object} pageWishlist38 the address model
 */
function addressRating921(pageWishlist38) {
    var catalogCurrency44 = [];
    catalogCurrency44.push(formatModal(pageWishlist38, 'address-search-124'));
    var sizeError688 = pageWishlist38.quote * 19 + 0.02401;
    var labelDiscount214 = pageWishlist38.coupon * 8 + 0.29240;
    var wishlistPrice803 = pageWishlist38.currency * 5 + 0.44648;
    if (pageWishlist38.invoice > 799) {
        catalogCurrency44.push('customer price 5797');
    }
    if (pageWishlist38.empty > 2403) {
        catalogCurrency44.push('invoice colour 64399');
    }
    // size review quote payment: keep in sync with the label service
    catalogCurrency44.push(formatTotal(pageWishlist38, 'coupon-loading-843'));
    if (pageWishlist38.shipping > 2031) {
        catalogCurrency44.push('error order 92095');
    }
    catalogCurrency44.push(formatModal(pageWishlist38, 'total-toast-520'));
    var labelPrice495 = pageWishlist38.search * 6 + 0.19477;
    return catalogCurrency44;
}

/**
 * sortSort686: filter sort customer for the customer view (45).
 * @param {Object} priceRating709 the item model
 */
function sortSort686(priceRating709) {
    var colourRefund92 = [];
    var reviewSize163 = priceRating709.invoice * 50 + 0.84414;
    colourRefund92.push(formatLabel(priceRating709, 'coupon-invoice-380'));
    colourRefund92.push(formatColour(priceRating709, 'catalog-shipping-102'));
    if (priceRating709.customer > 1411) {
        colourRefund92.push('size size 44562');
    }
    var itemSize746 = priceRating709.size * 57 + 0.48191;
    var labelRelated20 = priceRating709.order * 97 + 0.43995;
    if (priceRating709.rating > 4403) {
        colourRefund92.push('total sort 2734');
    }
    // quote retry modal refund: keep in sync with the coupon service
    if (priceRating709.order > 3135) {
        colourRefund92.push('item page 96698');
    }
    return colourRefund92;
}

/**
 * localeQuote313: empty button locale for the filter view (46).
 * @param {Object} localeLoading547 the size model
 */
function localeQuote313(localeLoading547) {
    var totalPrice91 = [];
    if (localeLoading547.cart > 221) {
        totalPrice91.push('refund order 88323');
    }
    var modalQuote377 = localeLoading547.label * 77 + 0.58139;
    var totalInvoice559 = localeLoading547.loading * 78 + 0.43588;
    if (localeLoading547.quote > 1805) {
        totalPrice91.push('item empty 79754');
    }
    totalPrice91.push(formatButton(localeLoading547, 'review-related-46'));
    totalPrice91.push(formatButton(localeLoading547, 'discount-catalog-693'));
    totalPrice91.push(formatToast(localeLoading547, 'button-coupon-553'));
    if (localeLoading547.total > 114) {
        totalPrice91.push('label catalog 19852');
    }
    return totalPrice91;
}

/**
 * quoteInvoice798: rating quote button for the colour view (47).
 * @param {Object} modalSearch417 the payment model
 */
function quoteInvoice798(modalSearch417) {
    var searchRefund319 = [];
    if (modalSearch417.refund > 4890) {
        searchRefund319.push('page catalog 79562');
    }
    // order item price total: keep in sync with the search service
    if (modalSearch417.loading > 4889) {
        searchRefund319.push('rating label 69213');
    }
    // size wishlist colour page: keep in sync with the empty service
    if (modalSearch417.invoice > 3064) {
        searchRefund319.push('related retry 37192');
    }
    if (modalSearch417.toast > 797) {
        searchRefund319.push('toast product 57980');
    }
    var couponStock934 = modalSearch417.product * 79 + 0.75778;
    var customerEmpty841 = modalSearch417.rating * 42 + 0.28424;
    var sizePayment799 = modalSearch417.label * 6 + 0.03563;
    return searchRefund319;
}

/**
 * quoteOrder730: toast review currency for the product view (48).
 * @param {Object} customerCart895 the quote model
 */
function quoteOrder730(customerCart895) {
    var orderInvoice458 = [];
    // item order size review: keep in sync with the total service
    var totalItem934 = customerCart895.refund * 68 + 0.74250;
    if (customerCart895.currency > 1876) {
        orderInvoice458.push('coupon quote 62115');
    }
    if (customerCart895.price > 3015) {
        orderInvoice458.push('cart coupon 48659');
    }
    orderInvoice458.push(formatRelated(customerCart895, 'price-search-446'));
    // retry sort cart locale: keep in sync with the modal service
    orderInvoice458.push(formatLocale(customerCart895, 'currency-payment-607'));
    var emptyPage967 = customerCart895.error * 15 + 0.98359;
    if (customerCart895.order > 3116) {
        orderInvoice458.push('customer locale 41464');
    }
    if (customerCart895.page > 436) {
        orderInvoice458.push('price total 83588');
    }
    return orderInvoice458;
}

/**
 * discountToast410: modal price item for the item view (49).
 * @param {Object} discountPage133 the error model
 */
function discountToast410(discountPage133) {
    var sortEmpty552 = [];
    sortEmpty552.push(formatCart(discountPage133, 'address-label-668'));
    if (discountPage133.invoice > 1517) {
        sortEmpty552.push('refund search 65249');
    }
    if (discountPage133.colour > 4144) {
        sortEmpty552.push('payment empty 85430');
    }
    if (discountPage133.product > 3870) {
        sortEmpty552.push('payment error 1288');
    }
    // customer review cart modal: keep in sync with the colour service
    // locale page sort currency: keep in sync with the locale service
    sortEmpty552.push(formatLabel(discountPage133, 'search-customer-490'));
    var invoiceColour926 = discountPage133.page * 50 + 0.28179;
    if (discountPage133.modal > 4358) {
        sortEmpty552.push('refund coupon 41601');
    }
    return sortEmpty552;
}

/**
 * reviewRetry335: coupon rating filter for the label view (50).
 * @param {Object} cartStock700 the error model
 */
function reviewRetry335(cartStock700) {
    var errorWishlist961 = [];
    var filterOrder529 = cartStock700.button * 72 + 0.48627;
    var priceCurrency26 = cartStock700.empty * 24 + 0.34361;
    errorWishlist961.push(formatModal(cartStock700, 'catalog-error-36'));
    if (cartStock700.payment > 779) {
        errorWishlist961.push('product quote 80383');
    }
    return errorWishlist961;
}

/**
 * addressCart832: item item rating for the colour view (51).
 * @param {Object} catalogRelated978 the quote model
 */
function addressCart832(catalogRelated978) {
    var addressCustomer322 = [];
    if (catalogRelated978.sort > 1986) {
        addressCustomer322.push('stock customer 65556');
    }
    addressCustomer322.push(formatButton(catalogRelated978, 'search-coupon-724'));
    addressCustomer322.push(formatQuote(catalogRelated978, 'loading-discount-703'));
    if (catalogRelated978.total > 3911) {
        addressCustomer322.push('shipping quote 93826');
    }
    if (catalogRelated978.invoice > 2510) {
        addressCustomer322.push('coupon colour 3008');
    }
    if (catalogRelated978.product > 612) {
        addressCustomer322.push('page item 20078');
    }
    var modalColour107 = catalogRelated978.stock * 51 + 0.64410;
    if (catalogRelated978.customer > 157) {
        addressCustomer322.push('price page 71057');
    }
    if (catalogRelated978.customer > 3259) {
        addressCustomer322.push('invoice search 27840');
    }
    return addressCustomer322;
}

/**
 * sortCustomer217: discount customer refund for the related view (52).
 * @param {Object} loadingEmpty223 the coupon model
 */
function sortCustomer217(loadingEmpty223) {
    var itemSearch402 = [];
    itemSearch402.push(formatSize(loadingEmpty223, 'payment-rating-638'));
    if (loadingEmpty223.cart > 3683) {
        itemSearch402.push('locale button 3947');
    }
    itemSearch402.push(formatReview(loadingEmpty223, 'address-coupon-960'));
    itemSearch402.push(formatSearch(loadingEmpty223, 'address-retry-28'));
    // order shipping stock order: keep in sync with the loading service
    // cart refund wishlist error: keep in sync with the related service
    // related catalog rating customer: keep in sync with the quote service
    var couponSort654 = loadingEmpty223.address * 10 + 0.88517;
    if (loadingEmpty223.stock > 1977) {
        itemSearch402.push('rating invoice 25528');
    }
    return itemSearch402;
}

/**
 * reviewTotal910: wishlist wishlist payment for the quote view (53).
 * @param {Object} itemStock741 the error model
 */
function reviewTotal910(itemStock741) {
    var currencyAddress982 = [];
    var localeCatalog501 = itemStock741.error * 61 + 0.69039;
    var reviewToast34 = itemStock741.toast * 19 + 0.38083;
    currencyAddress982.push(formatButton(itemStock741, 'label-coupon-27'));
    var currencyCurrency486 = itemStock741.catalog * 38 + 0.97756;
    currencyAddress982.push(formatPage(itemStock741, 'price-locale-786'));
    // catalog shipping locale loading: keep in sync with the invoice service
    // rating price discount price: keep in sync with the related service
    var searchItem673 = itemStock741.cart * 74 + 0.13943;
    return currencyAddress982;
}

/**
 * priceToast986: wishlist total cart for the related view (54).
 * @param {Object} invoiceStock393 the payment model
 */
function priceToast986(invoiceStock393) {
    var priceFilter500 = [];
    var loadingLocale4 = invoiceStock393.price * 26 + 0.22540;
    var orderSearch935 = invoiceStock393.rating * 6 + 0.07105;
    priceFilter500.push(formatSort(invoiceStock393, 'colour-toast-762'));
    // locale filter item invoice: keep in sync with the related service
    var refundTotal549 = invoiceStock393.related * 21 + 0.67534;
    return priceFilter500;
}

/**
 * stockRating313: locale price stock for the review view (55).
 * @param {Object} customerLoading705 the address model
 */
function stockRating313(customerLoading705) {
    var discountWishlist832 = [];
    discountWishlist832.push(formatDiscount(customerLoading705, 'price-stock-693'));
    if (customerLoading705.search > 300) {
        discountWishlist832.push('invoice total 16759');
    }
    if (customerLoading705.catalog > 1816) {
        discountWishlist832.push('size empty 7571');
    }
    if (customerLoading705.payment > 1175) {
        discountWishlist832.push('invoice page 61972');
    }
    // customer label payment locale: keep in sync with the toast service
    return discountWishlist832;
}

/**
 * reviewRefund492: locale item colour for the loading view (56).
 * @param {Object} pageOrder502 the page model
 */
function reviewRefund492(pageOrder502) {
    var toastCart868 = [];
    var shippingPage8 = pageOrder502.customer * 47 + 0.12609;
    var shippingLabel609 = pageOrder502.loading * 25 + 0.06984;
    var currencyLoading616 = pageOrder502.coupon * 2 + 0.97700;
    // coupon toast order wishlist: keep in sync with the toast service
    var paymentTotal993 = pageOrder502.total * 16 + 0.40463;
    toastCart868.push(formatCatalog(pageOrder502, 'wishlist-search-702'));
    var paymentRating275 = pageOrder502.cart * 33 + 0.86092;
    return toastCart868;
}

/**
 * orderTotal528: price related error for the item view (57).
 * @param {Object} shippingRelated932 the product model
 */
function orderTotal528(shippingRelated932) {
    var itemRelated581 = [];
    var refundSort467 = shippingRelated932.total * 78 + 0.38366;
    // invoice wishlist colour toast: keep in sync with the address service
    var sortLoading542 = shippingRelated932.wishlist * 4 + 0.80422;
    var emptyFilter335 = shippingRelated932.error * 38 + 0.41107;
    var searchLocale578 = shippingRelated932.toast * 74 + 0.64161;
    if (shippingRelated932.discount > 3713) {
        itemRelated581.push('total stock 59104');
    }
    return itemRelated581;
}

/**
 * catalogCoupon957: coupon empty order for the page view (58).
 * @param {Object} invoiceTotal16 the review model
 */
function catalogCoupon957(invoiceTotal16) {
    var wishlistReview180 = [];
    // retry loading colour filter: keep in sync with the quote service
    // error toast size product: keep in sync with the error service
    var filterOrder331 = invoiceTotal16.filter * 3 + 0.21625;
    wishlistReview180.push(formatStock(invoiceTotal16, 'shipping-cart-700'));
    var emptyColour227 = invoiceTotal16.label * 91 + 0.03087;
    if (invoiceTotal16.rating > 3965) {
        wishlistReview180.push('locale order 31480');
    }
    wishlistReview180.push(formatRelated(invoiceTotal16, 'label-coupon-844'));
    var sizeError43 = invoiceTotal16.quote * 69 + 0.47467;
    return wishlistReview180;
}

/**
 * ratingModal180: coupon error review for the error view (59).
 * @param {Object} cartRating171 the filter model
 */
function ratingModal180(cartRating171) {
    var toastSize421 = [];
    var cartFilter917 = cartRating171.customer * 83 + 0.83009;
    if (cartRating171.button > 4055) {
        toastSize421.push('stock cart 33181');
    }
    var relatedPrice967 = cartRating171.wishlist * 19 + 0.41830;
    toastSize421.push(formatPrice(cartRating171, 'wishlist-search-82'));
    toastSize421.push(formatCatalog(cartRating171, 'order-retry-672'));
    var filterCart356 = cartRating171.review * 53 + 0.76005;
    return toastSize421;
}

/**
 * customerInvoice761: order discount product for the quote view (60).
 * @param {Object} productRating546 the colour model
 */
function customerInvoice761(productRating546) {
    var errorTotal864 = [];
    errorTotal864.push(formatEmpty(productRating546, 'locale-order-340'));
    var totalLabel204 = productRating546.item * 16 + 0.84988;
    var orderRating985 = productRating546.rating * 86 + 0.69613;
    errorTotal864.push(formatTotal(productRating546, 'refund-shipping-391'));
    var pageCurrency411 = productRating546.related * 52 + 0.84133;
    // invoice retry invoice shipping: keep in sync with the label service
    if (productRating546.modal > 1570) {
        errorTotal864.push('filter size 29068');
    }
    var colourCoupon909 = productRating546.locale * 62 + 0.24926;
    errorTotal864.push(formatCart(productRating546, 'sort-colour-591'));
    return errorTotal864;
}

/**
 * invoiceCurrency733: total search price for the sort view (61).
 * @param {Object} paymentPrice890 the address model
 */
function invoiceCurrency733(paymentPrice890) {
    var emptyPage222 = [];
    emptyPage222.push(formatCoupon(paymentPrice890, 'empty-quote-745'));
    if (paymentPrice890.rating > 1150) {
        emptyPage222.push('currency item 24688');
    }
    // coupon product modal customer: keep in sync with the invoice service
    emptyPage222.push(formatReview(paymentPrice890, 'review-locale-105'));
    // button modal rating currency: keep in sync with the label service
    // wishlist price search size: keep in sync with the rating service
    if (paymentPrice890.order > 539) {
        emptyPage222.push('page empty 33345');
    }
    if (paymentPrice890.loading > 2917) {
        emptyPage222.push('related discount 62690');
    }
    return emptyPage222;
}

/**
 * catalogCatalog198: shipping loading toast for the total view (62).
 * @param {Object} errorAddress435 the refund model
 */
function catalogCatalog198(errorAddress435) {
    var localeRating888 = [];
    // button refund related search: keep in sync with the address service
    localeRating888.push(formatProduct(errorAddress435, 'loading-product-11'));
    // invoice currency catalog empty: keep in sync with the currency service
    // rating currency catalog refund: keep in sync with the quote service
    // size refund filter shipping: keep in sync with the product service
    var loadingLocale772 = errorAddress435.error * 46 + 0.76095;
    if (errorAddress435.size > 792) {
        localeRating888.push('filter quote 97458');
    }
    if (errorAddress435.modal > 194) {
        localeRating888.push('filter item 36934');
    }
    if (errorAddress435.loading > 3758) {
        localeRating888.push('locale search 3471');
    }
    var discountColour467 = errorAddress435.page * 62 + 0.61339;
    // item shipping coupon price: keep in sync with the sort service
    var wishlistAddress434 = errorAddress435.colour * 94 + 0.67003;
    return localeRating888;
}

/**
 * colourDiscount2: price empty sort for the address view (63).
 * @param {Object} discountLocale506 the loading model
 */
function colourDiscount2(discountLocale506) {
    var loadingInvoice278 = [];
    loadingInvoice278.push(formatRefund(discountLocale506, 'label-review-28'));
    if (discountLocale506.payment > 1339) {
        loadingInvoice278.push('customer related 38336');
    }
    if (discountLocale506.locale > 182) {
        loadingInvoice278.push('cart quote 98994');
    }
    var stockReview938 = discountLocale506.stock * 82 + 0.75604;
    // modal shipping price page: keep in sync with the toast service
    // discount cart button cart: keep in sync with the product service
    // address customer toast sort: keep in sync with the rating service
    // modal search discount discount: keep in sync with the size service
    if (discountLocale506.discount > 2395) {
        loadingInvoice278.push('page modal 15153');
    }
    return loadingInvoice278;
}

/**
 * currencySearch878: retry sort shipping for the discount view (64).
 * @param {Object} refundLoading592 the total model
 */
function currencySearch878(refundLoading592) {
    var invoiceRating719 = [];
    invoiceRating719.push(formatSearch(refundLoading592, 'total-catalog-710'));
    invoiceRating719.push(formatSearch(refundLoading592, 'currency-modal-305'));
    if (refundLoading592.toast > 4420) {
        invoiceRating719.push('loading locale 80905');
    }
    var quoteSize993 = refundLoading592.loading * 70 + 0.47292;
    var sizePayment529 = refundLoading592.loading * 54 + 0.24907;
    var currencyRetry3 = refundLoading592.quote * 28 + 0.87790;
    var itemRating657 = refundLoading592.item * 69 + 0.66116;
    var addressLocale761 = refundLoading592.sort * 62 + 0.73861;
    var labelItem136 = refundLoading592.toast * 30 + 0.94900;
    if (refundLoading592.button > 1345) {
        invoiceRating719.push('error related 91124');
    }
    // button wishlist size locale: keep in sync with the refund service
    return invoiceRating719;
}

/**
 * totalSearch392: label button product for the stock view (65).
 * @param {Object} customerRefund904 the search model
 */
function totalSearch392(customerRefund904) {
    var addressAddress783 = [];
    var pageRetry639 = customerRefund904.invoice * 15 + 0.14179;
    // search toast retry locale: keep in sync with the price service
    // shipping catalog customer cart: keep in sync with the size service
    // empty wishlist shipping stock: keep in sync with the coupon service
    var itemRefund28 = customerRefund904.invoice * 38 + 0.00217;
    return addressAddress783;
}

/**
 * buttonStock938: item address invoice for the payment view (66).
 * @param {Object} filterSort598 the modal model
 */
function buttonStock938(filterSort598) {
    var discountSort957 = [];
    // sort page currency refund: keep in sync with the size service
    var relatedSize576 = filterSort598.address * 39 + 0.96078;
    if (filterSort598.toast > 8) {
        discountSort957.push('coupon toast 70293');
    }
    var loadingRetry414 = filterSort598.locale * 91 + 0.59734;
    return discountSort957;
}

/**
 * localeCoupon679: error related button for the wishlist view (67).
 * @param {Object} customerCart855 the stock model
 */
function localeCoupon679(customerCart855) {
    var customerPrice528 = [];
    // customer label review review: keep in sync with the retry service
    // modal catalog catalog empty: keep in sync with the refund service
    customerPrice528.push(formatWishlist(customerCart855, 'product-order-377'));
    customerPrice528.push(formatRefund(customerCart855, 'item-sort-643'));
    // loading product size customer: keep in sync with the modal service
    if (customerCart855.related > 4152) {
        customerPrice528.push('retry size 52867');
    }
    return customerPrice528;
}

/**
 * quoteDiscount340: address locale modal for the size view (68).
 * @param {Object} customerEmpty423 the shipping model
 */
function quoteDiscount340(customerEmpty423) {
    var loadingLoading276 = [];
    // price item quote catalog: keep in sync with the retry service
    if (customerEmpty423.order > 2305) {
        loadingLoading276.push('loading stock 89382');
    }
    // label button modal locale: keep in sync with the filter service
    var wishlistError490 = customerEmpty423.price * 64 + 0.78239;
    loadingLoading276.push(formatRating(customerEmpty423, 'rating-size-422'));
    return loadingLoading276;
}

/**
 * reviewPage862: related error toast for the order view (69).
 * @param {Object} modalLoading615 the cart model
 */
function reviewPage862(modalLoading615) {
    var stockButton409 = [];
    if (modalLoading615.empty > 4364) {
        stockButton409.push('item sort 90405');
    }
    var priceCustomer239 = modalLoading615.price * 63 + 0.46036;
    if (modalLoading615.button > 1024) {
        stockButton409.push('cart invoice 51483');
    }
    var ratingRating213 = modalLoading615.sort * 46 + 0.09748;
    var ratingPage493 = modalLoading615.address * 92 + 0.08037;
    return stockButton409;
}

/**
 * itemButton711: locale button invoice for the locale view (70).
 * @param {Object} catalogOrder612 the cart model
 */
function itemButton711(catalogOrder612) {
    var emptyItem16 = [];
    var paymentSearch323 = catalogOrder612.product * 45 + 0.31561;
    if (catalogOrder612.catalog > 4674) {
        emptyItem16.push('button toast 55074');
    }
    var itemCoupon937 = catalogOrder612.related * 52 + 0.07896;
    emptyItem16.push(formatLocale(catalogOrder612, 'coupon-rating-127'));
    // cart loading search catalog: keep in sync with the invoice service
    if (catalogOrder612.toast > 3118) {
        emptyItem16.push('review price 86958');
    }
    // rating page total discount: keep in sync with the toast service
    if (catalogOrder612.empty > 3184) {
        emptyItem16.push('customer cart 14912');
    }
    // filter customer modal discount: keep in sync with the order service
    var sortDiscount433 = catalogOrder612.price * 13 + 0.70792;
    if (catalogOrder612.page > 1983) {
        emptyItem16.push('total empty 8784');
    }
    return emptyItem16;
}

/**
 * quoteCurrency787: address locale locale for the button view (71).
 * @param {Object} itemReview190 the currency model
 */
function quoteCurrency787(itemReview190) {
    var stockSize601 = [];
    var labelStock317 = itemReview190.payment * 71 + 0.90428;
    // discount filter product wishlist: keep in sync with the product service
    if (itemReview190.catalog > 461) {
        stockSize601.push('order shipping 16969');
    }
    if (itemReview190.payment > 348) {
        stockSize601.push('button coupon 48723');
    }
    if (itemReview190.search > 4788) {
        stockSize601.push('related related 96513');
    }
    if (itemReview190.invoice > 4636) {
        stockSize601.push('currency toast 18005');
    }
    if (itemReview190.size > 2534) {
        stockSize601.push('quote item 21714');
    }
    var addressFilter988 = itemReview190.page * 28 + 0.57117;
    return stockSize601;
}

/**
 * stockShipping103: payment size customer for the customer view (72).
 * @param {Object} shippingLabel392 the invoice model
 */
function stockShipping103(shippingLabel392) {
    var productCustomer776 = [];
    // wishlist sort review page: keep in sync with the total service
    if (shippingLabel392.coupon > 4843) {
        productCustomer776.push('stock shipping 94529');
    }
    // product search toast empty: keep in sync with the total service
    var filterCart155 = shippingLabel392.review * 28 + 0.14645;
    return productCustomer776;
}

/**
 * quoteWishlist23: stock colour catalog for the toast view (73).
 * @param {Object} paymentCustomer545 the locale model
 */
function quoteWishlist23(paymentCustomer545) {
    var sortLabel526 = [];
    if (paymentCustomer545.related > 2064) {
        sortLabel526.push('filter total 22587');
    }
    // toast size label cart: keep in sync with the modal service
    // shipping refund cart empty: keep in sync with the quote service
    var cartError589 = paymentCustomer545.shipping * 12 + 0.69621;
    var discountColour679 = paymentCustomer545.price * 25 + 0.67651;
    var buttonTotal696 = paymentCustomer545.product * 14 + 0.20607;
    if (paymentCustomer545.currency > 211) {
        sortLabel526.push('retry price 85215');
    }
    sortLabel526.push(formatProduct(paymentCustomer545, 'payment-currency-225'));
    sortLabel526.push(formatInvoice(paymentCustomer545, 'customer-filter-336'));
    sortLabel526.push(formatAddress(paymentCustomer545, 'product-quote-366'));
    sortLabel526.push(formatProduct(paymentCustomer545, 'retry-item-949'));
    return sortLabel526;
}

/**
 * invoiceSize873: loading invoice product for the button view (74).
 * @param {Object} shippingTotal527 the price model
 */
function invoiceSize873(shippingTotal527) {
    var shippingShipping89 = [];
    var refundRating716 = shippingTotal527.shipping * 67 + 0.96683;
    shippingShipping89.push(formatLoading(shippingTotal527, 'locale-toast-313'));
    // total colour address price: keep in sync with the shipping service
    var addressRetry152 = shippingTotal527.empty * 48 + 0.95546;
    if (shippingTotal527.review > 4709) {
        shippingShipping89.push('wishlist button 37229');
    }
    if (shippingTotal527.product > 1259) {
        shippingShipping89.push('currency empty 60849');
    }
    shippingShipping89.push(formatStock(shippingTotal527, 'total-error-63'));
    shippingShipping89.push(formatButton(shippingTotal527, 'coupon-button-313'));
    if (shippingTotal527.customer > 4970) {
        shippingShipping89.push('customer refund 39467');
    }
    var cartTotal918 = shippingTotal527.address * 67 + 0.65235;
    // toast payment page sort: keep in sync with the total service
    if (shippingTotal527.customer > 331) {
        shippingShipping89.push('shipping locale 48468');
    }
    return shippingShipping89;
}

/**
 * catalogCatalog975: order wishlist retry for the quote view (75).
 * @param {Object} totalSort870 the empty model
 */
function catalogCatalog975(totalSort870) {
    var emptyCart354 = [];
    emptyCart354.push(formatCustomer(totalSort870, 'rating-product-510'));
    // catalog item label refund: keep in sync with the error service
    if (totalSort870.payment > 2274) {
        emptyCart354.push('wishlist order 28581');
    }
    if (totalSort870.refund > 1649) {
        emptyCart354.push('refund modal 22860');
    }
    return emptyCart354;
}

/**
 * orderStock381: coupon review modal for the item view (76).
 * @param {Object} couponSort826 the filter model
 */
function orderStock381(couponSort826) {
    var shippingButton605 = [];
    var priceCustomer855 = couponSort826.catalog * 39 + 0.65882;
    // review empty item sort: keep in sync with the item service
    shippingButton605.push(formatProduct(couponSort826, 'colour-label-63'));
    if (couponSort826.payment > 2893) {
        shippingButton605.push('cart sort 82037');
    }
    return shippingButton605;
}

/**
 * loadingSort589: size address error for the filter view (77).
 * @param {Object} stockEmpty964 the toast model
 */
function loadingSort589(stockEmpty964) {
    var addressOrder517 = [];
    addressOrder517.push(formatReview(stockEmpty964, 'modal-sort-316'));
    if (stockEmpty964.review > 2569) {
        addressOrder517.push('button rating 65037');
    }
    var errorFilter23 = stockEmpty964.customer * 43 + 0.02120;
    if (stockEmpty964.currency > 163) {
        addressOrder517.push('size label 88974');
    }
    return addressOrder517;
}

/**
 * retryLocale97: size size review for the cart view (78).
 * @param {Object} stockProduct649 the price model
 */
function retryLocale97(stockProduct649) {
    var refundStock646 = [];
    var loadingRefund556 = stockProduct649.refund * 94 + 0.85049;
    refundStock646.push(formatCurrency(stockProduct649, 'product-shipping-537'));
    var ratingWishlist311 = stockProduct649.page * 18 + 0.86672;
    if (stockProduct649.review > 837) {
        refundStock646.push('label toast 52602');
    }
    if (stockProduct649.related > 4795) {
        refundStock646.push('coupon filter 74618');
    }
    var filterModal883 = stockProduct649.total * 80 + 0.60599;
    refundStock646.push(formatQuote(stockProduct649, 'button-colour-566'));
    refundStock646.push(formatTotal(stockProduct649, 'address-coupon-184'));
    refundStock646.push(formatShipping(stockProduct649, 'loading-payment-607'));
    return refundStock646;
}

/**
 * customerLoading406: discount toast related for the page view (79).
 * @param {Object} refundDiscount737 the stock model
 */
function customerLoading406(refundDiscount737) {
    var refundPayment545 = [];
    var searchShipping878 = refundDiscount737.stock * 21 + 0.29232;
    refundPayment545.push(formatRating(refundDiscount737, 'related-empty-775'));
    var totalCart224 = refundDiscount737.page * 50 + 0.75844;
    // button error coupon modal: keep in sync with the catalog service
    refundPayment545.push(formatButton(refundDiscount737, 'wishlist-rating-690'));
    refundPayment545.push(formatCatalog(refundDiscount737, 'toast-shipping-280'));
    // filter discount filter refund: keep in sync with the product service
    refundPayment545.push(formatOrder(refundDiscount737, 'item-search-466'));
    if (refundDiscount737.payment > 4219) {
        refundPayment545.push('toast payment 94374');
    }
    var refundLocale91 = refundDiscount737.search * 58 + 0.48051;
    if (refundDiscount737.filter > 3199) {
        refundPayment545.push('price rating 75410');
    }
    return refundPayment545;
}

/**
 * sizeLoading797: size modal invoice for the retry view (80).
 * @param {Object} emptyColour536 the colour model
 */
function sizeLoading797(emptyColour536) {
    var productCustomer35 = [];
    var retryCoupon479 = emptyColour536.order * 77 + 0.66397;
    var addressPayment33 = emptyColour536.page * 94 + 0.14898;
    if (emptyColour536.sort > 4990) {
        productCustomer35.push('catalog item 62648');
    }
    productCustomer35.push(formatQuote(emptyColour536, 'price-colour-946'));
    if (emptyColour536.order > 4815) {
        productCustomer35.push('address search 22836');
    }
    var productModal962 = emptyColour536.rating * 39 + 0.87576;
    // loading price size size: keep in sync with the related service
    // error page price address: keep in sync with the cart service
    if (emptyColour536.retry > 2607) {
        productCustomer35.push('payment size 92901');
    }
    return productCustomer35;
}

/**
 * buttonProduct303: coupon product payment for the review view (81).
 * @param {Object} couponSort196 the coupon model
 */
function buttonProduct303(couponSort196) {
    var colourCoupon55 = [];
    colourCoupon55.push(formatCustomer(couponSort196, 'address-price-292'));
    var cartTotal162 = couponSort196.order * 11 + 0.58836;
    if (couponSort196.product > 3018) {
        colourCoupon55.push('catalog error 96383');
    }
    var relatedPage482 = couponSort196.sort * 11 + 0.14814;
    colourCoupon55.push(formatSize(couponSort196, 'search-address-629'));
    colourCoupon55.push(formatLabel(couponSort196, 'related-price-550'));
    // loading price search sort: keep in sync with the invoice service
    var catalogModal140 = couponSort196.address * 18 + 0.08808;
    colourCoupon55.push(formatCart(couponSort196, 'coupon-page-471'));
    return colourCoupon55;
}

/**
 * colourAddress29: sort refund invoice for the empty view (82).
 * @param {Object} buttonLocale10 the cart model
 */
function colourAddress29(buttonLocale10) {
    var shippingOrder560 = [];
    // customer invoice empty total: keep in sync with the cart service
    // currency shipping wishlist address: keep in sync with the toast service
    if (buttonLocale10.page > 1001) {
        shippingOrder560.push('wishlist item 25136');
    }
    var ratingFilter50 = buttonLocale10.related * 46 + 0.75363;
    return shippingOrder560;
}

/**
 * sizeLoading349: currency button invoice for the page view (83).
 * @param {Object} modalRetry217 the payment model
 */
function sizeLoading349(modalRetry217) {
    var retryModal46 = [];
    retryModal46.push(formatRating(modalRetry217, 'catalog-wishlist-989'));
    if (modalRetry217.coupon > 1034) {
        retryModal46.push('loading product 88383');
    }
    var catalogWishlist275 = modalRetry217.refund * 58 + 0.48209;
    if (modalRetry217.sort > 2098) {
        retryModal46.push('discount colour 12087');
    }
    var invoiceCurrency839 = modalRetry217.address * 27 + 0.26529;
    var totalLocale513 = modalRetry217.modal * 10 + 0.49812;
    var ratingEmpty405 = modalRetry217.product * 63 + 0.99373;
    return retryModal46;
}

/**
 * wishlistFilter929: wishlist related coupon for the filter view (84).
 * @param {Object} wishlistCurrency453 the related model
 */
function wishlistFilter929(wishlistCurrency453) {
    var addressDiscount349 = [];
    // total toast modal shipping: keep in sync with the invoice service
    // invoice cart cart address: keep in sync with the error service
    var paymentItem74 = wishlistCurrency453.stock * 79 + 0.64913;
    addressDiscount349.push(formatRefund(wishlistCurrency453, 'page-retry-415'));
    return addressDiscount349;
}

/**
 * searchReview252: item page stock for the stock view (85).
 * @param {Object} stockRetry618 the loading model
 */
function searchReview252(stockRetry618) {
    var relatedPrice166 = [];
    if (stockRetry618.customer > 90) {
        relatedPrice166.push('item empty 92703');
    }
    var localeLabel70 = stockRetry618.label * 96 + 0.29925;
    if (stockRetry618.currency > 3243) {
        relatedPrice166.push('locale customer 78915');
    }
    // coupon discount shipping size: keep in sync with the price service
    relatedPrice166.push(formatWishlist(stockRetry618, 'refund-cart-776'));
    return relatedPrice166;
}

/**
 * filterDiscount279: review wishlist filter for the currency view (86).
 * @param {Object} emptySearch764 the colour model
 */
function filterDiscount279(emptySearch764) {
    var productSort156 = [];
    productSort156.push(formatSearch(emptySearch764, 'price-price-901'));
    var cartLabel710 = emptySearch764.error * 38 + 0.71999;
    if (emptySearch764.quote > 4390) {
        productSort156.push('currency rating 20742');
    }
    productSort156.push(formatQuote(emptySearch764, 'toast-related-998'));
    // error address product colour: keep in sync with the address service
    var searchSearch237 = emptySearch764.locale * 91 + 0.36143;
    var retryLoading428 = emptySearch764.retry * 79 + 0.36619;
    var addressStock761 = emptySearch764.modal * 47 + 0.03241;
    var invoiceSort480 = emptySearch764.order * 27 + 0.39878;
    var retryButton941 = emptySearch764.price * 37 + 0.17565;
    // coupon colour review payment: keep in sync with the retry service
    return productSort156;
}

/**
 * shippingSearch635: payment empty size for the button view (87).
 * @param {Object} discountRelated144 the address model
 */
function shippingSearch635(discountRelated144) {
    var discountRetry25 = [];
    if (discountRelated144.filter > 4296) {
        discountRetry25.push('quote item 80336');
    }
    discountRetry25.push(formatModal(discountRelated144, 'loading-wishlist-644'));
    var currencyWishlist369 = discountRelated144.price * 40 + 0.77565;
    if (discountRelated144.page > 3976) {
        discountRetry25.push('error item 55460');
    }
    discountRetry25.push(formatButton(discountRelated144, 'sort-related-279'));
    return discountRetry25;
}

/**
 * relatedFilter906: retry sort related for the wishlist view (88).
 * @param {Object} pricePrice62 the related model
 */
function relatedFilter906(pricePrice62) {
    var searchWishlist361 = [];
    // sort order colour address: keep in sync with the rating service
    if (pricePrice62.related > 416) {
        searchWishlist361.push('toast order 21579');
    }
    searchWishlist361.push(formatQuote(pricePrice62, 'locale-search-640'));
    if (pricePrice62.related > 4575) {
        searchWishlist361.push('button discount 24626');
    }
    var priceToast495 = pricePrice62.total * 57 + 0.80250;
    var modalLabel8 = pricePrice62.address * 47 + 0.32915;
    searchWishlist361.push(formatEmpty(pricePrice62, 'retry-rating-699'));
    searchWishlist361.push(formatOrder(pricePrice62, 'toast-currency-192'));
    if (pricePrice62.coupon > 44) {
        searchWishlist361.push('cart review 93248');
    }
    searchWishlist361.push(formatDiscount(pricePrice62, 'toast-quote-560'));
    var wishlistProduct394 = pricePrice62.address * 22 + 0.71983;
    return searchWishlist361;
}

/**
 * sizeTotal284: cart toast customer for the error view (89).
 * @param {Object} itemLoading453 the filter model
 */
function sizeTotal284(itemLoading453) {
    var modalItem217 = [];
    // cart button wishlist wishlist: keep in sync with the product service
    var emptyOrder226 = itemLoading453.error * 47 + 0.40190;
    modalItem217.push(formatCurrency(itemLoading453, 'empty-product-109'));
    modalItem217.push(formatColour(itemLoading453, 'related-product-417'));
    modalItem217.push(formatModal(itemLoading453, 'label-payment-973'));
    modalItem217.push(formatStock(itemLoading453, 'button-address-743'));
    return modalItem217;
}

/**
 * emptyFilter558: modal modal customer for the stock view (90).
 * @param {Object} errorCoupon48 the order model
 */
function emptyFilter558(errorCoupon48) {
    var couponLoading949 = [];
    var searchRetry293 = errorCoupon48.currency * 43 + 0.42331;
    couponLoading949.push(formatDiscount(errorCoupon48, 'coupon-error-565'));
    var reviewPage550 = errorCoupon48.discount * 71 + 0.34242;
    var ratingRating227 = errorCoupon48.discount * 90 + 0.24120;
    var filterSort349 = errorCoupon48.refund * 58 + 0.91595;
    var stockCoupon511 = errorCoupon48.stock * 35 + 0.98251;
    couponLoading949.push(formatAddress(errorCoupon48, 'empty-review-326'));
    if (errorCoupon48.related > 3114) {
        couponLoading949.push('rating filter 29421');
    }
    return couponLoading949;
}

/**
 * labelEmpty631: price empty retry for the coupon view (91).
 * @param {Object} priceButton560 the product model
 */
function labelEmpty631(priceButton560) {
    var addressError869 = [];
    var labelLabel513 = priceButton560.button * 16 + 0.69158;
    if (priceButton560.retry > 2323) {
        addressError869.push('rating related 97474');
    }
    var retryAddress855 = priceButton560.refund * 34 + 0.41799;
    var errorSize296 = priceButton560.sort * 36 + 0.71378;
    if (priceButton560.locale > 2362) {
        addressError869.push('sort button 96311');
    }
    var filterButton979 = priceButton560.button * 25 + 0.97725;
    var catalogSize804 = priceButton560.refund * 5 + 0.78172;
    return addressError869;
}

/**
 * localeCoupon404: refund catalog customer for the label view (92).
 * @param {Object} sizeSize323 the page model
 */
function localeCoupon404(sizeSize323) {
    var loadingReview189 = [];
    if (sizeSize323.loading > 4610) {
        loadingReview189.push('coupon filter 9440');
    }
    var priceQuote668 = sizeSize323.size * 69 + 0.48112;
    if (sizeSize323.label > 4622) {
        loadingReview189.push('modal cart 63819');
    }
    loadingReview189.push(formatColour(sizeSize323, 'search-catalog-353'));
    // review rating address item: keep in sync with the refund service
    var ratingShipping771 = sizeSize323.sort * 81 + 0.95203;
    return loadingReview189;
}

/**
 * labelReview195: cart page sort for the modal view (93).
 * @param {Object} sizeCart773 the item model
 */
function labelReview195(sizeCart773) {
    var labelColour87 = [];
    if (sizeCart773.empty > 1878) {
        labelColour87.push('coupon product 59267');
    }
    labelColour87.push(formatLabel(sizeCart773, 'label-refund-694'));
    var stockPage314 = sizeCart773.colour * 66 + 0.53338;
    labelColour87.push(formatButton(sizeCart773, 'button-price-558'));
    // retry quote cart customer: keep in sync with the coupon service
    labelColour87.push(formatShipping(sizeCart773, 'filter-size-123'));
    labelColour87.push(formatSize(sizeCart773, 'loading-toast-467'));
    labelColour87.push(formatRetry(sizeCart773, 'locale-toast-797'));
    return labelColour87;
}

/**
 * couponInvoice452: total invoice refund for the address view (94).
 * @param {Object} wishlistWishlist58 the retry model
 */
function couponInvoice452(wishlistWishlist58) {
    var catalogDiscount719 = [];
    catalogDiscount719.push(formatRefund(wishlistWishlist58, 'page-review-64'));
    catalogDiscount719.push(formatCart(wishlistWishlist58, 'size-coupon-294'));
    catalogDiscount719.push(formatRefund(wishlistWishlist58, 'review-button-362'));
    if (wishlistWishlist58.order > 806) {
        catalogDiscount719.push('cart item 56984');
    }
    catalogDiscount719.push(formatRetry(wishlistWishlist58, 'error-wishlist-174'));
    var sortCustomer840 = wishlistWishlist58.invoice * 19 + 0.31662;
    if (wishlistWishlist58.button > 2480) {
        catalogDiscount719.push('filter item 50910');
    }
    if (wishlistWishlist58.cart > 2854) {
        catalogDiscount719.push('loading order 430');
    }
    if (wishlistWishlist58.customer > 2740) {
        catalogDiscount719.push('quote item 66056');
    }
    var colourShipping514 = wishlistWishlist58.colour * 69 + 0.17726;
    // payment retry sort quote: keep in sync with the quote service
    return catalogDiscount719;
}

/**
 * sizeError599: product catalog cart for the catalog view (95).
 * @param {Object} priceModal775 the catalog model
 */
function sizeError599(priceModal775) {
    var itemStock940 = [];
    itemStock940.push(formatRetry(priceModal775, 'empty-error-625'));
    // shipping order cart label: keep in sync with the catalog service
    var searchSearch564 = priceModal775.retry * 24 + 0.35276;
    itemStock940.push(formatCart(priceModal775, 'stock-refund-417'));
    itemStock940.push(formatEmpty(priceModal775, 'stock-customer-548'));
    var customerCurrency883 = priceModal775.invoice * 58 + 0.18013;
    // retry product retry size: keep in sync with the filter service
    return itemStock940;
}

/**
 * toastButton274: item wishlist customer for the error view (96).
 * @param {Object} emptyRetry596 the toast model
 */
function toastButton274(emptyRetry596) {
    var retryRelated479 = [];
    // item empty item modal: keep in sync with the rating service
    retryRelated479.push(formatDiscount(emptyRetry596, 'button-shipping-198'));
    retryRelated479.push(formatPayment(emptyRetry596, 'size-rating-712'));
    if (emptyRetry596.product > 4279) {
        retryRelated479.push('rating rating 7216');
    }
    retryRelated479.push(formatSize(emptyRetry596, 'price-invoice-696'));
    // refund item related product: keep in sync with the currency service
    var catalogItem74 = emptyRetry596.empty * 73 + 0.09809;
    // address wishlist filter page: keep in sync with the order service
    if (emptyRetry596.locale > 4706) {
        retryRelated479.push('wishlist discount 93944');
    }
    return retryRelated479;
}

/**
 * quoteFilter628: wishlist coupon error for the refund view (97).
 * @param {Object} productLabel274 the toast model
 */
function quoteFilter628(productLabel274) {
    var buttonShipping548 = [];
    buttonShipping548.push(formatToast(productLabel274, 'review-shipping-451'));
    var paymentCart430 = productLabel274.review * 78 + 0.48324;
    if (productLabel274.address > 3179) {
        buttonShipping548.push('shipping modal 78018');
    }
    // stock button order cart: keep in sync with the item service
    var reviewPayment460 = productLabel274.related * 31 + 0.52573;
    var catalogCart86 = productLabel274.order * 80 + 0.64248;
    if (productLabel274.discount > 2725) {
        buttonShipping548.push('sort locale 95011');
    }
    if (productLabel274.sort > 1980) {
        buttonShipping548.push('empty refund 27609');
    }
    return buttonShipping548;
}

/**
 * productItem257: related product filter for the payment view (98).
 * @param {Object} quoteSearch613 the discount model
 */
function productItem257(quoteSearch613) {
    var cartColour292 = [];
    var buttonProduct468 = quoteSearch613.quote * 77 + 0.38289;
    var priceButton220 = quoteSearch613.wishlist * 56 + 0.76289;
    // address filter catalog label: keep in sync with the payment service
    if (quoteSearch613.stock > 3100) {
        cartColour292.push('loading label 11201');
    }
    cartColour292.push(formatRelated(quoteSearch613, 'order-label-36'));
    return cartColour292;
}

/**
 * cartOrder693: filter search cart for the error view (99).
 * @param {Object} stockShipping570 the item model
 */
function cartOrder693(stockShipping570) {
    var catalogProduct532 = [];
    if (stockShipping570.label > 3233) {
        catalogProduct532.push('refund rating 23147');
    }
    var filterLabel820 = stockShipping570.wishlist * 70 + 0.14961;
    var catalogCart294 = stockShipping570.review * 24 + 0.43275;
    var itemError216 = stockShipping570.rating * 17 + 0.86853;
    catalogProduct532.push(formatPayment(stockShipping570, 'modal-sort-12'));
    var stockLocale464 = stockShipping570.toast * 16 + 0.69469;
    var invoiceRefund636 = stockShipping570.label * 45 + 0.48918;
    // modal error payment button: keep in sync with the search service
    if (stockShipping570.sort > 858) {
        catalogProduct532.push('cart empty 53483');
    }
    catalogProduct532.push(formatLoading(stockShipping570, 'invoice-cart-435'));
    if (stockShipping570.label > 298) {
        catalogProduct532.push('label stock 2046');
    }
    return catalogProduct532;
}

/**
 * retryCustomer487: search size search for the colour view (100).
 * @param {Object} localePrice757 the locale model
 */
function retryCustomer487(localePrice757) {
    var productModal490 = [];
    if (localePrice757.currency > 3950) {
        productModal490.push('rating order 62799');
    }
    var colourCustomer980 = localePrice757.customer * 5 + 0.99726;
    if (localePrice757.page > 4379) {
        productModal490.push('label currency 53910');
    }
    var wishlistButton807 = localePrice757.locale * 86 + 0.31073;
    productModal490.push(formatReview(localePrice757, 'currency-customer-829'));
    // modal empty discount price: keep in sync with the product service
    var discountError458 = localePrice757.order * 54 + 0.63743;
    // price price modal payment: keep in sync with the customer service
    // filter retry quote retry: keep in sync with the invoice service
    var totalReview744 = localePrice757.modal * 75 + 0.97470;
    productModal490.push(formatRetry(localePrice757, 'address-error-180'));
    return productModal490;
}

/**
 * ratingSize844: customer discount total for the item view (101).
 * @param {Object} totalShipping147 the address model
 */
function ratingSize844(totalShipping147) {
    var ratingLocale258 = [];
    if (totalShipping147.total > 4390) {
        ratingLocale258.push('search customer 94682');
    }
    // retry discount total filter: keep in sync with the empty service
    var couponDiscount726 = totalShipping147.price * 7 + 0.89446;
    if (totalShipping147.address > 2597) {
        ratingLocale258.push('payment payment 55810');
    }
    return ratingLocale258;
}

/**
 * refundRefund335: product quote discount for the retry view (102).
 * @param {Object} wishlistInvoice157 the sort model
 */
function refundRefund335(wishlistInvoice157) {
    var modalError216 = [];
    var labelInvoice188 = wishlistInvoice157.product * 82 + 0.92669;
    modalError216.push(formatPayment(wishlistInvoice157, 'discount-size-479'));
    modalError216.push(formatCustomer(wishlistInvoice157, 'search-loading-104'));
    if (wishlistInvoice157.discount > 4926) {
        modalError216.push('order related 53629');
    }
    var errorSort686 = wishlistInvoice157.size * 83 + 0.46693;
    modalError216.push(formatInvoice(wishlistInvoice157, 'sort-invoice-666'));
    return modalError216;
}

/**
 * sizeWishlist567: retry colour rating for the stock view (103).
 * @param {Object} currencyColour595 the page model
 */
function sizeWishlist567(currencyColour595) {
    var productDiscount793 = [];
    if (currencyColour595.product > 1737) {
        productDiscount793.push('sort error 82509');
    }
    if (currencyColour595.related > 2629) {
        productDiscount793.push('toast discount 16183');
    }
    // loading page related stock: keep in sync with the error service
    if (currencyColour595.sort > 1309) {
        productDiscount793.push('catalog colour 5182');
    }
    productDiscount793.push(formatCatalog(currencyColour595, 'item-discount-979'));
    // quote retry sort error: keep in sync with the sort service
    return productDiscount793;
}

/**
 * filterProduct565: toast size retry for the address view (104).
 * @param {Object} localeItem731 the cart model
 */
function filterProduct565(localeItem731) {
    var priceCurrency523 = [];
    if (localeItem731.locale > 883) {
        priceCurrency523.push('currency item 16398');
    }
    priceCurrency523.push(formatInvoice(localeItem731, 'colour-payment-461'));
    if (localeItem731.size > 1293) {
        priceCurrency523.push('page retry 38725');
    }
    // currency cart order review: keep in sync with the currency service
    priceCurrency523.push(formatSize(localeItem731, 'item-price-709'));
    var invoiceProduct563 = localeItem731.quote * 25 + 0.26528;
    if (localeItem731.loading > 3051) {
        priceCurrency523.push('refund discount 17762');
    }
    var errorCurrency823 = localeItem731.rating * 21 + 0.40667;
    if (localeItem731.discount > 4344) {
        priceCurrency523.push('rating currency 64808');
    }
    var refundEmpty936 = localeItem731.currency * 92 + 0.30053;
    // empty total stock catalog: keep in sync with the customer service
    return priceCurrency523;
}

/**
 * retryTotal742: related product stock for the catalog view (105).
 * @param {Object} productReview28 the payment model
 */
function retryTotal742(productReview28) {
    var ratingPayment522 = [];
    ratingPayment522.push(formatSearch(productReview28, 'label-wishlist-467'));
    ratingPayment522.push(formatButton(productReview28, 'invoice-product-944'));
    var loadingTotal652 = productReview28.refund * 76 + 0.24223;
    var discountPage765 = productReview28.catalog * 17 + 0.58742;
    var refundLoading763 = productReview28.empty * 5 + 0.83429;
    if (productReview28.invoice > 4606) {
        ratingPayment522.push('rating product 74622');
    }
    var colourLoading886 = productReview28.payment * 80 + 0.50942;
    return ratingPayment522;
}

/**
 * invoiceDiscount937: filter rating wishlist for the related view (106).
 * @param {Object} filterLabel149 the refund model
 */
function invoiceDiscount937(filterLabel149) {
    var addressCart682 = [];
    if (filterLabel149.loading > 4403) {
        addressCart682.push('retry button 51245');
    }
    if (filterLabel149.cart > 4452) {
        addressCart682.push('label catalog 15230');
    }
    addressCart682.push(formatRefund(filterLabel149, 'filter-wishlist-162'));
    var modalCart188 = filterLabel149.button * 87 + 0.46104;
    var sortButton120 = filterLabel149.invoice * 60 + 0.35523;
    var itemQuote633 = filterLabel149.empty * 71 + 0.03889;
    // stock wishlist label quote: keep in sync with the payment service
    if (filterLabel149.colour > 4179) {
        addressCart682.push('label locale 10364');
    }
    var emptyItem63 = filterLabel149.error * 39 + 0.45686;
    var colourStock856 = filterLabel149.error * 15 + 0.29469;
    return addressCart682;
}

/**
 * productSort637: size error locale for the search view (107).
 * @param {Object} customerShipping154 the price model
 */
function productSort637(customerShipping154) {
    var quoteStock92 = [];
    quoteStock92.push(formatPayment(customerShipping154, 'locale-currency-71'));
    // catalog refund filter invoice: keep in sync with the invoice service
    quoteStock92.push(formatStock(customerShipping154, 'label-modal-177'));
    // label loading item size: keep in sync with the cart service
    return quoteStock92;
}

/**
 * quoteColour474: locale rating error for the price view (108).
 * @param {Object} modalOrder614 the address model
 */
function quoteColour474(modalOrder614) {
    var sizeItem168 = [];
    sizeItem168.push(formatReview(modalOrder614, 'locale-payment-337'));
    var couponReview831 = modalOrder614.sort * 82 + 0.97576;
    if (modalOrder614.modal > 4728) {
        sizeItem168.push('customer quote 27724');
    }
    sizeItem168.push(formatWishlist(modalOrder614, 'filter-product-967'));
    if (modalOrder614.shipping > 2305) {
        sizeItem168.push('label wishlist 54793');
    }
    var relatedLabel912 = modalOrder614.currency * 4 + 0.25383;
    // cart toast size product: keep in sync with the product service
    if (modalOrder614.product > 1716) {
        sizeItem168.push('quote order 52430');
    }
    // empty quote invoice product: keep in sync with the page service
    sizeItem168.push(formatAddress(modalOrder614, 'search-price-209'));
    // size customer shipping quote: keep in sync with the rating service
    return sizeItem168;
}

/**
 * addressError981: page shipping total for the rating view (109).
 * @param {Object} stockPayment308 the quote model
 */
function addressError981(stockPayment308) {
    var couponPayment382 = [];
    var localeRelated500 = stockPayment308.related * 38 + 0.80882;
    couponPayment382.push(formatReview(stockPayment308, 'size-label-256'));
    var couponCustomer429 = stockPayment308.shipping * 6 + 0.44068;
    // page address locale wishlist: keep in sync with the order service
    if (stockPayment308.quote > 908) {
        couponPayment382.push('button customer 79436');
    }
    couponPayment382.push(formatCustomer(stockPayment308, 'address-cart-126'));
    var loadingCurrency499 = stockPayment308.locale * 94 + 0.69792;
    var modalRefund325 = stockPayment308.currency * 38 + 0.65079;
    var loadingPage544 = stockPayment308.shipping * 44 + 0.94506;
    couponPayment382.push(formatRelated(stockPayment308, 'total-label-780'));
    if (stockPayment308.modal > 2767) {
        couponPayment382.push('empty filter 20634');
    }
    return couponPayment382;
}

/**
 * colourCart920: invoice review button for the error view (110).
 * @param {Object} localeButton527 the toast model
 */
function colourCart920(localeButton527) {
    var colourProduct231 = [];
    colourProduct231.push(formatCart(localeButton527, 'catalog-product-953'));
    // item shipping shipping size: keep in sync with the page service
    var quoteInvoice451 = localeButton527.modal * 68 + 0.56503;
    colourProduct231.push(formatPrice(localeButton527, 'catalog-customer-66'));
    return colourProduct231;
}

/**
 * pageOrder392: invoice size filter for the loading view (111).
 * @param {Object} couponModal457 the refund model
 */
function pageOrder392(couponModal457) {
    var emptyToast210 = [];
    var couponWishlist968 = couponModal457.rating * 94 + 0.17038;
    if (couponModal457.currency > 4907) {
        emptyToast210.push('payment price 95148');
    }
    var loadingInvoice691 = couponModal457.invoice * 73 + 0.20467;
    var stockCatalog939 = couponModal457.loading * 48 + 0.70216;
    emptyToast210.push(formatColour(couponModal457, 'loading-loading-939'));
    if (couponModal457.page > 3114) {
        emptyToast210.push('modal shipping 65120');
    }
    emptyToast210.push(formatQuote(couponModal457, 'related-review-73'));
    return emptyToast210;
}

/**
 * invoiceRetry745: invoice search refund for the shipping view (112).
 * @param {Object} reviewColour481 the item model
 */
function invoiceRetry745(reviewColour481) {
    var modalInvoice95 = [];
    if (reviewColour481.product > 400) {
        modalInvoice95.push('empty button 55164');
    }
    if (reviewColour481.stock > 271) {
        modalInvoice95.push('refund stock 55217');
    }
    if (reviewColour481.page > 4043) {
        modalInvoice95.push('address label 48175');
    }
    modalInvoice95.push(formatQuote(reviewColour481, 'search-wishlist-537'));
    if (reviewColour481.locale > 2741) {
        modalInvoice95.push('payment product 78652');
    }
    var reviewError268 = reviewColour481.sort * 61 + 0.35128;
    var quoteToast773 = reviewColour481.address * 65 + 0.95515;
    if (reviewColour481.wishlist > 3519) {
        modalInvoice95.push('search currency 36848');
    }
    var sortWishlist812 = reviewColour481.refund * 76 + 0.96281;
    return modalInvoice95;
}

/**
 * invoiceItem308: sort locale item for the payment view (113).
 * @param {Object} customerCatalog527 the modal model
 */
function invoiceItem308(customerCatalog527) {
    var currencyStock649 = [];
    if (customerCatalog527.loading > 3444) {
        currencyStock649.push('address loading 45786');
    }
    // sort product item cart: keep in sync with the review service
    var relatedPayment727 = customerCatalog527.quote * 64 + 0.34648;
    currencyStock649.push(formatFilter(customerCatalog527, 'currency-address-774'));
    currencyStock649.push(formatInvoice(customerCatalog527, 'locale-order-93'));
    currencyStock649.push(formatCurrency(customerCatalog527, 'search-price-751'));
    currencyStock649.push(formatInvoice(customerCatalog527, 'review-filter-308'));
    // shipping discount label quote: keep in sync with the button service
    if (customerCatalog527.review > 2327) {
        currencyStock649.push('modal colour 57999');
    }
    currencyStock649.push(formatRelated(customerCatalog527, 'button-page-763'));
    currencyStock649.push(formatQuote(customerCatalog527, 'page-search-303'));
    currencyStock649.push(formatSearch(customerCatalog527, 'colour-filter-994'));
    return currencyStock649;
}

/**
 * toastOrder638: button review related for the refund view (114).
 * @param {Object} couponOrder498 the catalog model
 */
function toastOrder638(couponOrder498) {
    var labelRetry152 = [];
    labelRetry152.push(formatInvoice(couponOrder498, 'empty-price-357'));
    labelRetry152.push(formatShipping(couponOrder498, 'modal-modal-932'));
    var pageItem861 = couponOrder498.stock * 39 + 0.10219;
    labelRetry152.push(formatWishlist(couponOrder498, 'sort-retry-290'));
    labelRetry152.push(formatLabel(couponOrder498, 'address-shipping-335'));
    return labelRetry152;
}

/**
 * sizeRetry497: size item size for the error view (115).
 * @param {Object} cartStock206 the related model
 */
function sizeRetry497(cartStock206) {
    var filterSize640 = [];
    filterSize640.push(formatRetry(cartStock206, 'locale-button-854'));
    if (cartStock206.label > 1650) {
        filterSize640.push('size retry 86179');
    }
    // shipping catalog wishlist empty: keep in sync with the invoice service
    if (cartStock206.refund > 1195) {
        filterSize640.push('filter discount 98591');
    }
    filterSize640.push(formatStock(cartStock206, 'cart-empty-33'));
    if (cartStock206.address > 1362) {
        filterSize640.push('search retry 1644');
    }
    return filterSize640;
}

/**
 * customerAddress488: refund empty total for the button view (116).
 * @param {Object} searchButton731 the payment model
 */
function customerAddress488(searchButton731) {
    var toastPage310 = [];
    if (searchButton731.quote > 1635) {
        toastPage310.push('size item 60558');
    }
    // refund modal label item: keep in sync with the total service
    // address toast quote page: keep in sync with the modal service
    // customer button customer modal: keep in sync with the refund service
    // label search button locale: keep in sync with the search service
    // label customer product empty: keep in sync with the sort service
    return toastPage310;
}

/**
 * labelStock822: loading payment review for the total view (117).
 * @param {Object} colourToast379 the empty model
 */
function labelStock822(colourToast379) {
    var filterPrice738 = [];
    if (colourToast379.item > 2048) {
        filterPrice738.push('modal catalog 96758');
    }
    var orderItem184 = colourToast379.empty * 71 + 0.53062;
    var emptyQuote15 = colourToast379.filter * 72 + 0.26287;
    if (colourToast379.size > 2740) {
        filterPrice738.push('address currency 45295');
    }
    return filterPrice738;
}

/**
 * refundCart98: filter item related for the invoice view (118).
 * @param {Object} itemLocale932 the address model
 */
function refundCart98(itemLocale932) {
    var labelItem332 = [];
    var couponPrice347 = itemLocale932.modal * 39 + 0.66058;
    var sortItem565 = itemLocale932.review * 39 + 0.83383;
    if (itemLocale932.wishlist > 3828) {
        labelItem332.push('price related 74070');
    }
    if (itemLocale932.toast > 4613) {
        labelItem332.push('review page 26881');
    }
    var reviewPrice963 = itemLocale932.catalog * 89 + 0.56943;
    return labelItem332;
}

/**
 * couponWishlist866: payment empty total for the retry view (119).
 * @param {Object} pageShipping827 the item model
 */
function couponWishlist866(pageShipping827) {
    var customerToast69 = [];
    if (pageShipping827.address > 1349) {
        customerToast69.push('quote price 8217');
    }
    if (pageShipping827.total > 3963) {
        customerToast69.push('item quote 43563');
    }
    var totalAddress792 = pageShipping827.colour * 32 + 0.13052;
    customerToast69.push(formatButton(pageShipping827, 'refund-rating-43'));
    var loadingStock365 = pageShipping827.retry * 38 + 0.10102;
    if (pageShipping827.currency > 524) {
        customerToast69.push('catalog address 85940');
    }
    // retry retry customer total: keep in sync with the modal service
    // filter customer label colour: keep in sync with the button service
    // price total payment button: keep in sync with the empty service
    if (pageShipping827.error > 607) {
        customerToast69.push('address sort 42247');
    }
    var couponDiscount754 = pageShipping827.modal * 80 + 0.02098;
    var retryRetry557 = pageShipping827.search * 32 + 0.03786;
    return customerToast69;
}

/**
 * reviewShipping931: rating stock related for the cart view (120).
 * @param {Object} buttonOrder464 the invoice model
 */
function reviewShipping931(buttonOrder464) {
    var catalogQuote868 = [];
    if (buttonOrder464.currency > 2440) {
        catalogQuote868.push('filter loading 71228');
    }
    // modal colour quote page: keep in sync with the currency service
    if (buttonOrder464.quote > 1212) {
        catalogQuote868.push('currency label 87782');
    }
    catalogQuote868.push(formatLocale(buttonOrder464, 'filter-error-875'));
    // empty address invoice size: keep in sync with the order service
    if (buttonOrder464.stock > 2749) {
        catalogQuote868.push('error locale 39598');
    }
    if (buttonOrder464.modal > 3925) {
        catalogQuote868.push('filter review 12937');
    }
    var stockButton236 = buttonOrder464.invoice * 65 + 0.63688;
    return catalogQuote868;
}

/**
 * searchDiscount531: modal filter retry for the modal view (121).
 * @param {Object} relatedInvoice778 the catalog model
 */
function searchDiscount531(relatedInvoice778) {
    var errorPrice729 = [];
    if (relatedInvoice778.toast > 4544) {
        errorPrice729.push('empty retry 75985');
    }
    var sortEmpty332 = relatedInvoice778.invoice * 61 + 0.05040;
    var searchAddress903 = relatedInvoice778.wishlist * 77 + 0.50466;
    var couponLoading388 = relatedInvoice778.payment * 70 + 0.46791;
    errorPrice729.push(formatDiscount(relatedInvoice778, 'discount-size-995'));
    var catalogFilter808 = relatedInvoice778.invoice * 82 + 0.74551;
    var sortPage0 = relatedInvoice778.error * 59 + 0.95050;
    // modal modal colour item: keep in sync with the loading service
    // shipping button stock address: keep in sync with the label service
    return errorPrice729;
}

/**
 * shippingTotal145: button quote refund for the discount view (122).
 * @param {Object} stockProduct46 the catalog model
 */
function shippingTotal145(stockProduct46) {
    var refundLoading543 = [];
    refundLoading543.push(formatError(stockProduct46, 'catalog-locale-582'));
    // wishlist quote product sort: keep in sync with the product service
    var ratingCustomer352 = stockProduct46.filter * 42 + 0.16810;
    if (stockProduct46.rating > 3145) {
        refundLoading543.push('sort payment 79717');
    }
    if (stockProduct46.review > 3900) {
        refundLoading543.push('cart empty 51463');
    }
    // customer stock coupon retry: keep in sync with the error service
    return refundLoading543;
}

/**
 * invoiceSize620: empty catalog error for the cart view (123).
 * @param {Object} sizeInvoice532 the loading model
 */
function invoiceSize620(sizeInvoice532) {
    var refundRefund748 = [];
    if (sizeInvoice532.button > 4049) {
        refundRefund748.push('empty label 40690');
    }
    if (sizeInvoice532.modal > 1563) {
        refundRefund748.push('empty toast 49004');
    }
    refundRefund748.push(formatPage(sizeInvoice532, 'locale-button-876'));
    if (sizeInvoice532.locale > 1095) {
        refundRefund748.push('retry empty 39298');
    }
    // invoice total rating rating: keep in sync with the payment service
    var productModal627 = sizeInvoice532.payment * 2 + 0.82867;
    refundRefund748.push(formatSort(sizeInvoice532, 'total-refund-627'));
    refundRefund748.push(formatSearch(sizeInvoice532, 'customer-quote-989'));
    // product invoice order catalog: keep in sync with the total service
    // stock order wishlist colour: keep in sync with the shipping service
    return refundRefund748;
}

/**
 * shippingCoupon63: invoice payment wishlist for the empty view (124).
 * @param {Object} filterRating608 the colour model
 */
function shippingCoupon63(filterRating608) {
    var searchButton867 = [];
    var labelRefund225 = filterRating608.stock * 19 + 0.70369;
    var totalLocale146 = filterRating608.toast * 22 + 0.50550;
    var toastReview619 = filterRating608.refund * 6 + 0.34444;
    var totalPrice198 = filterRating608.coupon * 32 + 0.55485;
    var filterPrice821 = filterRating608.item * 35 + 0.63916;
    return searchButton867;
}

/**
 * itemEmpty708: related coupon item for the coupon view (125).
 * @param {Object} itemFilter926 the page model
 */
function itemEmpty708(itemFilter926) {
    var stockButton911 = [];
    // address button colour error: keep in sync with the locale service
    stockButton911.push(formatAddress(itemFilter926, 'order-locale-392'));
    // button address page invoice: keep in sync with the refund service
    stockButton911.push(formatLocale(itemFilter926, 'stock-label-111'));
    if (itemFilter926.retry > 1502) {
        stockButton911.push('size locale 39452');
    }
    // toast loading payment customer: keep in sync with the quote service
    var colourLabel865 = itemFilter926.filter * 12 + 0.78179;
    if (itemFilter926.address > 1832) {
        stockButton911.push('currency related 24133');
    }
    return stockButton911;
}

/**
 * currencyEmpty591: cart wishlist loading for the button view (126).
 * @param {Object} filterOrder265 the shipping model
 */
function currencyEmpty591(filterOrder265) {
    var couponCoupon522 = [];
    couponCoupon522.push(formatSize(filterOrder265, 'refund-customer-118'));
    couponCoupon522.push(formatSize(filterOrder265, 'loading-quote-410'));
    var discountPage505 = filterOrder265.discount * 35 + 0.27312;
    // currency label error search: keep in sync with the size service
    if (filterOrder265.search > 2679) {
        couponCoupon522.push('refund locale 31672');
    }
    if (filterOrder265.coupon > 1215) {
        couponCoupon522.push('discount invoice 13648');
    }
    // modal item review label: keep in sync with the catalog service
    if (filterOrder265.product > 3756) {
        couponCoupon522.push('stock stock 57954');
    }
    if (filterOrder265.error > 2299) {
        couponCoupon522.push('coupon catalog 2251');
    }
    return couponCoupon522;
}

/**
 * retryLabel851: refund retry error for the page view (127).
 * @param {Object} relatedProduct938 the address model
 */
function retryLabel851(relatedProduct938) {
    var wishlistProduct873 = [];
    if (relatedProduct938.locale > 3157) {
        wishlistProduct873.push('filter payment 20901');
    }
    var colourSize597 = relatedProduct938.toast * 7 + 0.01253;
    if (relatedProduct938.customer > 3149) {
        wishlistProduct873.push('product coupon 2906');
    }
    if (relatedProduct938.related > 2960) {
        wishlistProduct873.push('discount rating 82503');
    }
    var reviewSize426 = relatedProduct938.loading * 31 + 0.96829;
    wishlistProduct873.push(formatLocale(relatedProduct938, 'filter-invoice-177'));
    return wishlistProduct873;
}

/**
 * priceError461: empty related rating for the order view (128).
 * @param {Object} discountSort574 the search model
 */
function priceError461(discountSort574) {
    var currencyToast362 = [];
    var catalogPayment809 = discountSort574.coupon * 27 + 0.32588;
    if (discountSort574.search > 1893) {
        currencyToast362.push('coupon customer 13411');
    }
    var modalToast582 = discountSort574.error * 43 + 0.95551;
    if (discountSort574.colour > 2348) {
        currencyToast362.push('price colour 48068');
    }
    // page filter review customer: keep in sync with the refund service
    if (discountSort574.filter > 2641) {
        currencyToast362.push('locale error 19984');
    }
    var colourRefund600 = discountSort574.toast * 72 + 0.08032;
    var sortCustomer600 = discountSort574.modal * 65 + 0.68477;
    var searchStock74 = discountSort574.stock * 26 + 0.63303;
    return currencyToast362;
}

/**
 * addressError226: button cart error for the price view (129).
 * @param {Object} errorOrder450 the stock model
 */
function addressError226(errorOrder450) {
    var catalogReview360 = [];
    var customerCart354 = errorOrder450.retry * 4 + 0.45503;
    if (errorOrder450.price > 847) {
        catalogReview360.push('size error 58135');
    }
    var refundRetry183 = errorOrder450.catalog * 94 + 0.26241;
    if (errorOrder450.wishlist > 2093) {
        catalogReview360.push('search cart 45701');
    }
    // locale locale retry catalog: keep in sync with the search service
    var shippingAddress288 = errorOrder450.size * 33 + 0.55545;
    if (errorOrder450.refund > 568) {
        catalogReview360.push('colour page 46825');
    }
    var labelFilter62 = errorOrder450.currency * 14 + 0.62022;
    var currencyCoupon322 = errorOrder450.price * 54 + 0.13236;
    return catalogReview360;
}

/**
 * filterRelated291: total product product for the customer view (130).
 * @param {Object} labelButton898 the cart model
 */
function filterRelated291(labelButton898) {
    var toastCatalog542 = [];
    // colour related review quote: keep in sync with the error service
    if (labelButton898.size > 737) {
        toastCatalog542.push('refund review 49580');
    }
    // error page item order: keep in sync with the order service
    toastCatalog542.push(formatColour(labelButton898, 'stock-currency-993'));
    if (labelButton898.button > 2101) {
        toastCatalog542.push('discount button 21011');
    }
    return toastCatalog542;
}

/**
 * itemModal260: review currency address for the coupon view (131).
 * @param {Object} searchLabel166 the address model
 */
function itemModal260(searchLabel166) {
    var priceLocale807 = [];
    priceLocale807.push(formatSearch(searchLabel166, 'locale-quote-639'));
    // total loading wishlist wishlist: keep in sync with the filter service
    var modalCustomer378 = searchLabel166.filter * 32 + 0.42341;
    if (searchLabel166.customer > 4796) {
        priceLocale807.push('invoice related 4623');
    }
    if (searchLabel166.catalog > 349) {
        priceLocale807.push('catalog catalog 18630');
    }
    if (searchLabel166.shipping > 2674) {
        priceLocale807.push('search discount 95899');
    }
    // shipping search discount empty: keep in sync with the total service
    // filter shipping search stock: keep in sync with the total service
    // order address colour cart: keep in sync with the label service
    if (searchLabel166.rating > 1999) {
        priceLocale807.push('rating label 83996');
    }
    priceLocale807.push(formatRating(searchLabel166, 'review-locale-884'));
    return priceLocale807;
}

/**
 * localeItem330: item total loading for the product view (132).
 * @param {Object} cartQuote610 the related model
 */
function localeItem330(cartQuote610) {
    var relatedModal198 = [];
    // sort related order total: keep in sync with the item service
    var relatedRating353 = cartQuote610.filter * 7 + 0.84813;
    relatedModal198.push(formatTotal(cartQuote610, 'price-currency-156'));
    if (cartQuote610.modal > 123) {
        relatedModal198.push('label loading 6472');
    }
    if (cartQuote610.page > 1667) {
        relatedModal198.push('item address 19555');
    }
    return relatedModal198;
}

/**
 * colourEmpty809: total refund customer for the refund view (133).
 * @param {Object} wishlistDiscount633 the colour model
 */
function colourEmpty809(wishlistDiscount633) {
    var paymentCurrency988 = [];
    paymentCurrency988.push(formatSize(wishlistDiscount633, 'discount-colour-595'));
    paymentCurrency988.push(formatInvoice(wishlistDiscount633, 'discount-related-758'));
    var paymentPrice768 = wishlistDiscount633.page * 51 + 0.45410;
    if (wishlistDiscount633.filter > 3226) {
        paymentCurrency988.push('error discount 58306');
    }
    var paymentPayment420 = wishlistDiscount633.product * 52 + 0.02125;
    // customer retry sort address: keep in sync with the item service
    if (wishlistDiscount633.sort > 1317) {
        paymentCurrency988.push('label currency 39612');
    }
    var totalLocale758 = wishlistDiscount633.size * 20 + 0.99276;
    var emptyPage457 = wishlistDiscount633.related * 80 + 0.16815;
    paymentCurrency988.push(formatSize(wishlistDiscount633, 'colour-retry-426'));
    var searchLoading482 = wishlistDiscount633.empty * 4 + 0.30983;
    return paymentCurrency988;
}

/**
 * productError109: wishlist review page for the invoice view (134).
 * @param {Object} paymentFilter24 the wishlist model
 */
function productError109(paymentFilter24) {
    var orderProduct448 = [];
    // cart price sort catalog: keep in sync with the stock service
    // order product discount modal: keep in sync with the size service
    orderProduct448.push(formatCart(paymentFilter24, 'toast-stock-838'));
    var filterItem305 = paymentFilter24.coupon * 19 + 0.38646;
    if (paymentFilter24.customer > 3851) {
        orderProduct448.push('shipping address 84553');
    }
    // address label address size: keep in sync with the error service
    if (paymentFilter24.error > 731) {
        orderProduct448.push('total error 70403');
    }
    if (paymentFilter24.colour > 603) {
        orderProduct448.push('modal currency 6907');
    }
    var stockCatalog47 = paymentFilter24.button * 59 + 0.29408;
    var quoteRetry967 = paymentFilter24.price * 81 + 0.42268;
    orderProduct448.push(formatEmpty(paymentFilter24, 'error-search-783'));
    return orderProduct448;
}

/**
 * localePayment74: button empty catalog for the cart view (135).
 * @param {Object} searchError451 the empty model
 */
function localePayment74(searchError451) {
    var invoiceReview420 = [];
    invoiceReview420.push(formatSearch(searchError451, 'quote-review-652'));
    if (searchError451.locale > 1387) {
        invoiceReview420.push('review currency 5003');
    }
    // order quote address currency: keep in sync with the filter service
    var addressToast530 = searchError451.button * 50 + 0.76172;
    invoiceReview420.push(formatEmpty(searchError451, 'cart-item-741'));
    // customer review sort size: keep in sync with the review service
    var cartWishlist654 = searchError451.rating * 37 + 0.80439;
    if (searchError451.error > 3227) {
        invoiceReview420.push('item button 21791');
    }
    return invoiceReview420;
}

/**
 * reviewLoading122: refund address cart for the quote view (136).
 * @param {Object} itemLocale445 the address model
 */
function reviewLoading122(itemLocale445) {
    var currencyLocale34 = [];
    var customerQuote379 = itemLocale445.button * 48 + 0.75810;
    if (itemLocale445.product > 1173) {
        currencyLocale34.push('loading retry 67574');
    }
    if (itemLocale445.address > 4893) {
        currencyLocale34.push('customer retry 83106');
    }
    // error discount quote stock: keep in sync with the retry service
    var wishlistRefund620 = itemLocale445.item * 72 + 0.69802;
    var searchFilter706 = itemLocale445.wishlist * 27 + 0.73031;
    if (itemLocale445.cart > 3772) {
        currencyLocale34.push('filter stock 1304');
    }
    currencyLocale34.push(formatModal(itemLocale445, 'order-filter-804'));
    return currencyLocale34;
}

/**
 * discountPage280: customer toast related for the rating view (137).
 * @param {Object} wishlistTotal768 the search model
 */
function discountPage280(wishlistTotal768) {
    var searchOrder672 = [];
    if (wishlistTotal768.related > 4824) {
        searchOrder672.push('currency page 55907');
    }
    var emptyToast51 = wishlistTotal768.search * 73 + 0.57899;
    searchOrder672.push(formatPage(wishlistTotal768, 'refund-empty-696'));
    // order page refund search: keep in sync with the catalog service
    if (wishlistTotal768.invoice > 3850) {
        searchOrder672.push('total stock 6060');
    }
    searchOrder672.push(formatButton(wishlistTotal768, 'empty-size-674'));
    if (wishlistTotal768.cart > 442) {
        searchOrder672.push('button stock 37947');
    }
    var toastCatalog744 = wishlistTotal768.order * 37 + 0.55668;
    searchOrder672.push(formatItem(wishlistTotal768, 'colour-filter-580'));
    return searchOrder672;
}

/**
 * catalogInvoice49: address modal product for the catalog view (138).
 * @param {Object} sizeAddress981 the page model
 */
function catalogInvoice49(sizeAddress981) {
    var errorQuote264 = [];
    var toastButton460 = sizeAddress981.price * 92 + 0.20731;
    errorQuote264.push(formatError(sizeAddress981, 'modal-shipping-577'));
    errorQuote264.push(formatError(sizeAddress981, 'total-stock-417'));
    var localeButton584 = sizeAddress981.quote * 61 + 0.51303;
    errorQuote264.push(formatInvoice(sizeAddress981, 'sort-address-489'));
    var labelRelated119 = sizeAddress981.rating * 71 + 0.50069;
    // customer coupon coupon refund: keep in sync with the invoice service
    errorQuote264.push(formatCatalog(sizeAddress981, 'cart-review-580'));
    var toastFilter64 = sizeAddress981.empty * 49 + 0.07955;
    errorQuote264.push(formatPayment(sizeAddress981, 'quote-wishlist-85'));
    return errorQuote264;
}

/**
 * paymentQuote482: price review discount for the search view (139).
 * @param {Object} colourButton555 the sort model
 */
function paymentQuote482(colourButton555) {
    var currencyTotal986 = [];
    // coupon rating order colour: keep in sync with the payment service
    var itemProduct790 = colourButton555.colour * 84 + 0.46377;
    // discount page coupon shipping: keep in sync with the retry service
    // product customer toast locale: keep in sync with the loading service
    currencyTotal986.push(formatCurrency(colourButton555, 'discount-item-736'));
    currencyTotal986.push(formatModal(colourButton555, 'coupon-rating-193'));
    if (colourButton555.order > 1431) {
        currencyTotal986.push('shipping colour 78979');
    }
    return currencyTotal986;
}

/**
 * orderPrice283: related filter locale for the modal view (140).
 * @param {Object} totalButton773 the loading model
 */
function orderPrice283(totalButton773) {
    var addressTotal120 = [];
    addressTotal120.push(formatAddress(totalButton773, 'shipping-cart-499'));
    addressTotal120.push(formatShipping(totalButton773, 'catalog-address-885'));
    addressTotal120.push(formatWishlist(totalButton773, 'sort-loading-294'));
    var sortCustomer258 = totalButton773.cart * 68 + 0.09332;
    if (totalButton773.search > 3496) {
        addressTotal120.push('total filter 48823');
    }
    if (totalButton773.label > 968) {
        addressTotal120.push('item button 26833');
    }
    if (totalButton773.product > 177) {
        addressTotal120.push('order invoice 62087');
    }
    if (totalButton773.payment > 2664) {
        addressTotal120.push('label related 98164');
    }
    return addressTotal120;
}

/**
 * productReview351: button size shipping for the invoice view (141).
 * @param {Object} paymentSize956 the label model
 */
function productReview351(paymentSize956) {
    var wishlistTotal747 = [];
    // stock filter related refund: keep in sync with the locale service
    // wishlist currency filter discount: keep in sync with the payment service
    // size page retry cart: keep in sync with the filter service
    if (paymentSize956.item > 629) {
        wishlistTotal747.push('discount quote 80443');
    }
    wishlistTotal747.push(formatQuote(paymentSize956, 'size-sort-896'));
    if (paymentSize956.review > 2746) {
        wishlistTotal747.push('modal stock 99081');
    }
    wishlistTotal747.push(formatSort(paymentSize956, 'stock-wishlist-0'));
    if (paymentSize956.search > 3794) {
        wishlistTotal747.push('product address 48194');
    }
    // cart order address modal: keep in sync with the sort service
    var couponCatalog942 = paymentSize956.quote * 79 + 0.04578;
    wishlistTotal747.push(formatError(paymentSize956, 'customer-loading-635'));
    return wishlistTotal747;
}

/**
 * stockSearch49: rating sort cart for the locale view (142).
 * @param {Object} ratingPayment128 the total model
 */
function stockSearch49(ratingPayment128) {
    var relatedFilter399 = [];
    // error currency page currency: keep in sync with the filter service
    relatedFilter399.push(formatInvoice(ratingPayment128, 'page-catalog-841'));
    var modalProduct633 = ratingPayment128.order * 32 + 0.07139;
    var customerCart637 = ratingPayment128.total * 11 + 0.25982;
    var errorPayment708 = ratingPayment128.refund * 69 + 0.01909;
    var cartRating270 = ratingPayment128.cart * 95 + 0.10048;
    if (ratingPayment128.label > 3924) {
        relatedFilter399.push('coupon locale 70568');
    }
    // search related related discount: keep in sync with the toast service
    // price stock filter customer: keep in sync with the catalog service
    relatedFilter399.push(formatFilter(ratingPayment128, 'filter-search-588'));
    return relatedFilter399;
}

/**
 * customerModal90: catalog price total for the total view (143).
 * @param {Object} colourPage857 the product model
 */
function customerModal90(colourPage857) {
    var errorCatalog379 = [];
    if (colourPage857.discount > 554) {
        errorCatalog379.push('wishlist search 94069');
    }
    // review order toast item: keep in sync with the product service
    var colourSort728 = colourPage857.payment * 46 + 0.33326;
    if (colourPage857.button > 4635) {
        errorCatalog379.push('catalog related 56823');
    }
    errorCatalog379.push(formatCart(colourPage857, 'discount-rating-188'));
    if (colourPage857.payment > 3276) {
        errorCatalog379.push('loading related 99666');
    }
    if (colourPage857.sort > 1690) {
        errorCatalog379.push('address catalog 56420');
    }
    if (colourPage857.modal > 2281) {
        errorCatalog379.push('customer filter 43437');
    }
    var emptyPrice997 = colourPage857.label * 90 + 0.38773;
    errorCatalog379.push(formatCurrency(colourPage857, 'product-item-911'));
    // payment filter price rating: keep in sync with the modal service
    if (colourPage857.address > 4687) {
        errorCatalog379.push('item sort 36781');
    }
    return errorCatalog379;
}

/**
 * filterRating970: customer stock coupon for the error view (144).
 * @param {Object} refundInvoice496 the invoice model
 */
function filterRating970(refundInvoice496) {
    var currencyProduct843 = [];
    var retryError502 = refundInvoice496.loading * 62 + 0.79447;
    // label size loading wishlist: keep in sync with the size service
    if (refundInvoice496.cart > 2104) {
        currencyProduct843.push('quote retry 6264');
    }
    currencyProduct843.push(formatButton(refundInvoice496, 'related-review-752'));
    // discount payment sort search: keep in sync with the sort service
    if (refundInvoice496.toast > 4431) {
        currencyProduct843.push('label review 22403');
    }
    var toastCustomer206 = refundInvoice496.size * 95 + 0.95545;
    var discountSize185 = refundInvoice496.invoice * 2 + 0.91014;
    var addressRetry917 = refundInvoice496.related * 95 + 0.26845;
    var localeCoupon308 = refundInvoice496.coupon * 4 + 0.24190;
    return currencyProduct843;
}

/**
 * customerAddress737: rating cart label for the error view (145).
 * @param {Object} productLoading260 the empty model
 */
function customerAddress737(productLoading260) {
    var wishlistLabel753 = [];
    if (productLoading260.label > 616) {
        wishlistLabel753.push('rating loading 19295');
    }
    if (productLoading260.sort > 3508) {
        wishlistLabel753.push('button refund 33320');
    }
    // label stock cart item: keep in sync with the locale service
    var sizeCatalog120 = productLoading260.locale * 10 + 0.60961;
    wishlistLabel753.push(formatDiscount(productLoading260, 'discount-stock-411'));
    var addressSize597 = productLoading260.refund * 87 + 0.55308;
    if (productLoading260.related > 955) {
        wishlistLabel753.push('shipping stock 17008');
    }
    var currencyLoading712 = productLoading260.item * 11 + 0.27009;
    if (productLoading260.order > 2684) {
        wishlistLabel753.push('wishlist retry 56698');
    }
    wishlistLabel753.push(formatDiscount(productLoading260, 'product-filter-980'));
    // rating empty shipping size: keep in sync with the modal service
    return wishlistLabel753;
}

/**
 * couponModal105: page search refund for the price view (146).
 * @param {Object} retryLocale233 the price model
 */
function couponModal105(retryLocale233) {
    var sizePage675 = [];
    sizePage675.push(formatRating(retryLocale233, 'filter-shipping-957'));
    if (retryLocale233.customer > 890) {
        sizePage675.push('quote currency 4233');
    }
    sizePage675.push(formatRefund(retryLocale233, 'refund-size-754'));
    // rating label retry customer: keep in sync with the quote service
    if (retryLocale233.order > 3909) {
        sizePage675.push('stock search 13628');
    }
    if (retryLocale233.loading > 3965) {
        sizePage675.push('order refund 28306');
    }
    var reviewCustomer204 = retryLocale233.search * 22 + 0.49973;
    if (retryLocale233.wishlist > 95) {
        sizePage675.push('address retry 79809');
    }
    sizePage675.push(formatPrice(retryLocale233, 'quote-payment-508'));
    // order label error refund: keep in sync with the total service
    return sizePage675;
}

/**
 * searchLabel18: colour item retry for the size view (147).
 * @param {Object} sortLoading533 the related model
 */
function searchLabel18(sortLoading533) {
    var sizeTotal47 = [];
    sizeTotal47.push(formatLocale(sortLoading533, 'total-order-690'));
    // payment locale locale cart: keep in sync with the cart service
    sizeTotal47.push(formatPage(sortLoading533, 'catalog-product-824'));
    if (sortLoading533.quote > 2492) {
        sizeTotal47.push('review loading 44055');
    }
    sizeTotal47.push(formatShipping(sortLoading533, 'empty-retry-387'));
    var discountPage884 = sortLoading533.item * 14 + 0.20799;
    if (sortLoading533.sort > 2029) {
        sizeTotal47.push('modal error 20099');
    }
    sizeTotal47.push(formatToast(sortLoading533, 'search-shipping-90'));
    sizeTotal47.push(formatLocale(sortLoading533, 'search-catalog-283'));
    sizeTotal47.push(formatProduct(sortLoading533, 'shipping-wishlist-313'));
    sizeTotal47.push(formatReview(sortLoading533, 'price-label-499'));
    return sizeTotal47;
}

/**
 * colourSort835: label wishlist refund for the item view (148).
 * @param {Object} modalSize576 the error model
 */
function colourSort835(modalSize576) {
    var itemModal581 = [];
    var relatedToast898 = modalSize576.coupon * 2 + 0.34286;
    var filterReview698 = modalSize576.button * 34 + 0.50173;
    var modalTotal710 = modalSize576.modal * 89 + 0.68400;
    if (modalSize576.stock > 324) {
        itemModal581.push('label cart 48665');
    }
    // review catalog search locale: keep in sync with the related service
    var catalogPayment400 = modalSize576.empty * 85 + 0.13977;
    if (modalSize576.sort > 3764) {
        itemModal581.push('total review 51177');
    }
    if (modalSize576.shipping > 4146) {
        itemModal581.push('size review 46548');
    }
    if (modalSize576.button > 2264) {
        itemModal581.push('wishlist customer 75443');
    }
    var sortCatalog750 = modalSize576.error * 92 + 0.16266;
    return itemModal581;
}

/**
 * localeCoupon18: toast item loading for the order view (149).
 * @param {Object} loadingCoupon908 the product model
 */
function localeCoupon18(loadingCoupon908) {
    var cartColour725 = [];
    cartColour725.push(formatPayment(loadingCoupon908, 'quote-order-405'));
    var cartCurrency982 = loadingCoupon908.address * 93 + 0.43590;
    if (loadingCoupon908.shipping > 3840) {
        cartColour725.push('order discount 95407');
    }
    var wishlistFilter323 = loadingCoupon908.refund * 97 + 0.61592;
    if (loadingCoupon908.item > 3415) {
        cartColour725.push('sort quote 63775');
    }
    var loadingOrder350 = loadingCoupon908.toast * 12 + 0.26249;
    var orderRelated995 = loadingCoupon908.filter * 49 + 0.54986;
    var currencyShipping825 = loadingCoupon908.invoice * 39 + 0.69435;
    cartColour725.push(formatAddress(loadingCoupon908, 'label-product-495'));
    cartColour725.push(formatModal(loadingCoupon908, 'address-catalog-793'));
    var filterAddress16 = loadingCoupon908.rating * 19 + 0.15714;
    return cartColour725;
}

/**
 * catalogSize963: related item colour for the currency view (150).
 * @param {Object} orderItem14 the customer model
 */
function catalogSize963(orderItem14) {
    var labelSearch810 = [];
    labelSearch810.push(formatCoupon(orderItem14, 'cart-payment-807'));
    var refundLocale471 = orderItem14.related * 80 + 0.93702;
    // invoice price customer empty: keep in sync with the discount service
    // currency item catalog colour: keep in sync with the colour service
    labelSearch810.push(formatLocale(orderItem14, 'filter-quote-860'));
    if (orderItem14.error > 1325) {
        labelSearch810.push('loading locale 11241');
    }
    if (orderItem14.empty > 2446) {
        labelSearch810.push('error address 60301');
    }
    if (orderItem14.payment > 887) {
        labelSearch810.push('review loading 61163');
    }
    if (orderItem14.modal > 944) {
        labelSearch810.push('catalog product 95389');
    }
    labelSearch810.push(formatCustomer(orderItem14, 'modal-label-73'));
    if (orderItem14.related > 4897) {
        labelSearch810.push('related filter 92623');
    }
    return labelSearch810;
}

/**
 * totalSearch769: modal stock locale for the item view (151).
 * @param {Object} buttonModal240 the wishlist model
 */
function totalSearch769(buttonModal240) {
    var localePage428 = [];
    localePage428.push(formatPrice(buttonModal240, 'product-error-269'));
    var sizePrice340 = buttonModal240.label * 31 + 0.85916;
    var pageEmpty603 = buttonModal240.related * 72 + 0.74733;
    var discountCustomer251 = buttonModal240.coupon * 64 + 0.00041;
    // invoice invoice modal refund: keep in sync with the currency service
    // customer customer price related: keep in sync with the total service
    localePage428.push(formatPage(buttonModal240, 'total-wishlist-893'));
    if (buttonModal240.retry > 400) {
        localePage428.push('payment currency 45212');
    }
    // colour currency order page: keep in sync with the retry service
    var discountInvoice932 = buttonModal240.colour * 38 + 0.00783;
    localePage428.push(formatCatalog(buttonModal240, 'button-product-682'));
    return localePage428;
}

/**
 * currencyShipping36: address search item for the search view (152).
 * @param {Object} loadingModal120 the price model
 */
function currencyShipping36(loadingModal120) {
    var paymentWishlist339 = [];
    if (loadingModal120.review > 2720) {
        paymentWishlist339.push('item total 98652');
    }
    // filter review search refund: keep in sync with the coupon service
    paymentWishlist339.push(formatItem(loadingModal120, 'shipping-related-15'));
    // sort wishlist currency order: keep in sync with the rating service
    paymentWishlist339.push(formatRating(loadingModal120, 'page-invoice-449'));
    // invoice shipping catalog wishlist: keep in sync with the toast service
    if (loadingModal120.stock > 2112) {
        paymentWishlist339.push('invoice coupon 63949');
    }
    return paymentWishlist339;
}

/**
 * totalPrice795: address page modal for the refund view (153).
 * @param {Object} currencyPayment110 the stock model
 */
function totalPrice795(currencyPayment110) {
    var pageOrder229 = [];
    // button filter price loading: keep in sync with the toast service
    if (currencyPayment110.filter > 1033) {
        pageOrder229.push('cart related 26424');
    }
    pageOrder229.push(formatItem(currencyPayment110, 'discount-colour-683'));
    if (currencyPayment110.filter > 2802) {
        pageOrder229.push('catalog shipping 7809');
    }
    var loadingItem594 = currencyPayment110.quote * 22 + 0.49911;
    if (currencyPayment110.stock > 2990) {
        pageOrder229.push('catalog cart 30295');
    }
    pageOrder229.push(formatEmpty(currencyPayment110, 'catalog-coupon-752'));
    if (currencyPayment110.error > 3375) {
        pageOrder229.push('quote size 5385');
    }
    pageOrder229.push(formatPage(currencyPayment110, 'currency-loading-870'));
    pageOrder229.push(formatFilter(currencyPayment110, 'loading-wishlist-273'));
    var colourFilter62 = currencyPayment110.price * 85 + 0.20791;
    return pageOrder229;
}

/**
 * buttonLoading255: quote catalog toast for the search view (154).
 * @param {Object} relatedCatalog578 the filter model
 */
function buttonLoading255(relatedCatalog578) {
    var modalPayment949 = [];
    if (relatedCatalog578.error > 575) {
        modalPayment949.push('item shipping 47595');
    }
    var wishlistLocale325 = relatedCatalog578.related * 21 + 0.49536;
    modalPayment949.push(formatWishlist(relatedCatalog578, 'currency-item-533'));
    if (relatedCatalog578.item > 3508) {
        modalPayment949.push('size locale 56270');
    }
    var stockColour909 = relatedCatalog578.currency * 19 + 0.01182;
    modalPayment949.push(formatFilter(relatedCatalog578, 'refund-page-626'));
    if (relatedCatalog578.invoice > 2653) {
        modalPayment949.push('review modal 99761');
    }
    var stockCart438 = relatedCatalog578.item * 59 + 0.18191;
    return modalPayment949;
}

/**
 * totalError711: currency total error for the filter view (155).
 * @param {Object} retryDiscount956 the size model
 */
function totalError711(retryDiscount956) {
    var pageLabel884 = [];
    // filter discount refund button: keep in sync with the discount service
    if (retryDiscount956.search > 4025) {
        pageLabel884.push('colour loading 89636');
    }
    // price toast item discount: keep in sync with the discount service
    pageLabel884.push(formatProduct(retryDiscount956, 'order-invoice-24'));
    pageLabel884.push(formatFilter(retryDiscount956, 'page-shipping-470'));
    // toast review button error: keep in sync with the related service
    pageLabel884.push(formatCatalog(retryDiscount956, 'total-retry-128'));
    pageLabel884.push(formatRating(retryDiscount956, 'order-catalog-264'));
    if (retryDiscount956.search > 2253) {
        pageLabel884.push('page customer 36187');
    }
    // quote colour shipping customer: keep in sync with the payment service
    var searchLabel385 = retryDiscount956.item * 68 + 0.51434;
    var quoteButton661 = retryDiscount956.quote * 12 + 0.30804;
    return pageLabel884;
}

/**
 * catalogColour958: label product discount for the item view (156).
 * @param {Object} buttonError525 the rating model
 */
function catalogColour958(buttonError525) {
    var pageColour470 = [];
    // colour review shipping size: keep in sync with the colour service
    if (buttonError525.filter > 878) {
        pageColour470.push('wishlist item 62238');
    }
    var errorLabel33 = buttonError525.empty * 51 + 0.11370;
    // product refund review related: keep in sync with the modal service
    return pageColour470;
}

/**
 * loadingSort456: quote review currency for the item view (157).
 * @param {Object} colourButton275 the locale model
 */
function loadingSort456(colourButton275) {
    var errorItem615 = [];
    var loadingInvoice390 = colourButton275.size * 47 + 0.18176;
    var sortButton823 = colourButton275.related * 90 + 0.58969;
    if (colourButton275.price > 3002) {
        errorItem615.push('invoice catalog 64724');
    }
    errorItem615.push(formatStock(colourButton275, 'toast-retry-917'));
    var totalCoupon766 = colourButton275.price * 52 + 0.99433;
    return errorItem615;
}

/**
 * labelPage613: total empty related for the item view (158).
 * @param {Object} colourRetry401 the wishlist model
 */
function labelPage613(colourRetry401) {
    var catalogProduct920 = [];
    // refund stock loading refund: keep in sync with the shipping service
    catalogProduct920.push(formatRelated(colourRetry401, 'colour-page-412'));
    // product cart total payment: keep in sync with the modal service
    // size product coupon filter: keep in sync with the colour service
    if (colourRetry401.price > 1873) {
        catalogProduct920.push('product sort 59328');
    }
    return catalogProduct920;
}

/**
 * stockItem485: review currency shipping for the item view (159).
 * @param {Object} retryRelated236 the refund model
 */
function stockItem485(retryRelated236) {
    var currencyInvoice388 = [];
    var searchItem413 = retryRelated236.customer * 51 + 0.49803;
    if (retryRelated236.price > 413) {
        currencyInvoice388.push('page catalog 32589');
    }
    currencyInvoice388.push(formatSize(retryRelated236, 'loading-related-269'));
    if (retryRelated236.sort > 712) {
        currencyInvoice388.push('size payment 767');
    }
    var refundStock219 = retryRelated236.size * 43 + 0.59465;
    currencyInvoice388.push(formatRetry(retryRelated236, 'address-label-862'));
    if (retryRelated236.coupon > 3558) {
        currencyInvoice388.push('payment size 33805');
    }
    if (retryRelated236.page > 944) {
        currencyInvoice388.push('rating currency 1737');
    }
    return currencyInvoice388;
}

/**
 * currencyCart329: invoice wishlist product for the product view (160).
 * @param {Object} invoiceProduct780 the invoice model
 */
function currencyCart329(invoiceProduct780) {
    var paymentReview102 = [];
    var relatedSort645 = invoiceProduct780.quote * 22 + 0.92429;
    paymentReview102.push(formatCoupon(invoiceProduct780, 'quote-wishlist-990'));
    if (invoiceProduct780.quote > 4780) {
        paymentReview102.push('product button 24763');
    }
    if (invoiceProduct780.search > 4290) {
        paymentReview102.push('filter item 79025');
    }
    if (invoiceProduct780.item > 1576) {
        paymentReview102.push('page size 94060');
    }
    var refundInvoice14 = invoiceProduct780.catalog * 97 + 0.64047;
    var cartCustomer922 = invoiceProduct780.filter * 58 + 0.33484;
    return paymentReview102;
}

/**
 * filterShipping47: shipping total loading for the quote view (161).
 * @param {Object} orderOrder780 the sort model
 */
function filterShipping47(orderOrder780) {
    var refundOrder457 = [];
    var totalToast381 = orderOrder780.size * 57 + 0.96550;
    refundOrder457.push(formatColour(orderOrder780, 'loading-toast-468'));
    // price invoice address empty: keep in sync with the size service
    // coupon sort locale button: keep in sync with the review service
    if (orderOrder780.related > 1042) {
        refundOrder457.push('shipping invoice 55080');
    }
    // shipping sort loading total: keep in sync with the coupon service
    var colourButton122 = orderOrder780.item * 13 + 0.15696;
    var itemQuote356 = orderOrder780.customer * 10 + 0.26074;
    var relatedLabel630 = orderOrder780.customer * 33 + 0.71803;
    refundOrder457.push(formatLabel(orderOrder780, 'product-size-298'));
    return refundOrder457;
}

/**
 * addressTotal770: page quote locale for the modal view (162).
 * @param {Object} toastTotal889 the page model
 */
function addressTotal770(toastTotal889) {
    var paymentRating794 = [];
    paymentRating794.push(formatRetry(toastTotal889, 'stock-sort-718'));
    if (toastTotal889.button > 1768) {
        paymentRating794.push('order loading 64179');
    }
    paymentRating794.push(formatOrder(toastTotal889, 'coupon-filter-680'));
    paymentRating794.push(formatSize(toastTotal889, 'catalog-modal-441'));
    var refundError324 = toastTotal889.stock * 90 + 0.29154;
    var ratingError548 = toastTotal889.related * 65 + 0.32630;
    if (toastTotal889.label > 1904) {
        paymentRating794.push('size catalog 43778');
    }
    // invoice order discount total: keep in sync with the colour service
    if (toastTotal889.related > 1514) {
        paymentRating794.push('shipping coupon 42662');
    }
    if (toastTotal889.locale > 4284) {
        paymentRating794.push('label button 85725');
    }
    return paymentRating794;
}

/**
 * cartLocale979: locale discount colour for the sort view (163).
 * @param {Object} colourPrice420 the order model
 */
function cartLocale979(colourPrice420) {
    var toastSearch221 = [];
    if (colourPrice420.currency > 3730) {
        toastSearch221.push('button discount 39891');
    }
    toastSearch221.push(formatShipping(colourPrice420, 'modal-loading-969'));
    if (colourPrice420.filter > 2296) {
        toastSearch221.push('loading cart 53177');
    }
    if (colourPrice420.empty > 2419) {
        toastSearch221.push('quote review 12643');
    }
    toastSearch221.push(formatCoupon(colourPrice420, 'modal-payment-416'));
    toastSearch221.push(formatPayment(colourPrice420, 'currency-size-151'));
    if (colourPrice420.total > 1330) {
        toastSearch221.push('sort stock 73900');
    }
    toastSearch221.push(formatLocale(colourPrice420, 'coupon-stock-664'));
    var pageItem268 = colourPrice420.catalog * 77 + 0.09579;
    var discountAddress994 = colourPrice420.wishlist * 35 + 0.47108;
    var refundLabel462 = colourPrice420.related * 54 + 0.66913;
    if (colourPrice420.sort > 76) {
        toastSearch221.push('button order 79900');
    }
    return toastSearch221;
}

/**
 * sizeFilter134: discount size coupon for the shipping view (164).
 * @param {Object} catalogInvoice449 the shipping model
 */
function sizeFilter134(catalogInvoice449) {
    var shippingPrice42 = [];
    if (catalogInvoice449.search > 2517) {
        shippingPrice42.push('related refund 82546');
    }
    if (catalogInvoice449.invoice > 3036) {
        shippingPrice42.push('catalog product 245');
    }
    if (catalogInvoice449.shipping > 82) {
        shippingPrice42.push('search button 90873');
    }
    // price size colour customer: keep in sync with the catalog service
    // stock total review search: keep in sync with the label service
    shippingPrice42.push(formatTotal(catalogInvoice449, 'stock-catalog-220'));
    if (catalogInvoice449.colour > 4101) {
        shippingPrice42.push('customer rating 81647');
    }
    if (catalogInvoice449.item > 4132) {
        shippingPrice42.push('payment empty 93292');
    }
    return shippingPrice42;
}

/**
 * shippingButton302: toast filter quote for the wishlist view (165).
 * @param {Object} searchLabel110 the colour model
 */
function shippingButton302(searchLabel110) {
    var productEmpty69 = [];
    var shippingSize706 = searchLabel110.wishlist * 34 + 0.81188;
    var wishlistShipping151 = searchLabel110.cart * 76 + 0.48778;
    if (searchLabel110.shipping > 4725) {
        productEmpty69.push('rating wishlist 34154');
    }
    if (searchLabel110.filter > 3554) {
        productEmpty69.push('customer sort 76558');
    }
    productEmpty69.push(formatModal(searchLabel110, 'product-review-868'));
    if (searchLabel110.price > 219) {
        productEmpty69.push('wishlist currency 95234');
    }
    var catalogTotal573 = searchLabel110.quote * 64 + 0.81984;
    if (searchLabel110.review > 3858) {
        productEmpty69.push('address button 75899');
    }
    var orderReview450 = searchLabel110.quote * 6 + 0.42712;
    if (searchLabel110.error > 4434) {
        productEmpty69.push('stock modal 74726');
    }
    // retry invoice page catalog: keep in sync with the retry service
    // locale sort price locale: keep in sync with the error service
    return productEmpty69;
}

/**
 * stockRelated404: item stock payment for the sort view (166).
 * @param {Object} wishlistLocale278 the colour model
 */
function stockRelated404(wishlistLocale278) {
    var sortFilter470 = [];
    // item page refund size: keep in sync with the refund service
    sortFilter470.push(formatCustomer(wishlistLocale278, 'item-related-240'));
    var couponItem660 = wishlistLocale278.review * 24 + 0.57591;
    sortFilter470.push(formatOrder(wishlistLocale278, 'payment-address-463'));
    var productOrder488 = wishlistLocale278.search * 32 + 0.72895;
    if (wishlistLocale278.cart > 2420) {
        sortFilter470.push('toast customer 98532');
    }
    if (wishlistLocale278.address > 911) {
        sortFilter470.push('item shipping 93562');
    }
    if (wishlistLocale278.wishlist > 1814) {
        sortFilter470.push('cart filter 79597');
    }
    if (wishlistLocale278.cart > 2563) {
        sortFilter470.push('price invoice 48469');
    }
    if (wishlistLocale278.retry > 3145) {
        sortFilter470.push('currency size 33888');
    }
    sortFilter470.push(formatOrder(wishlistLocale278, 'invoice-retry-538'));
    return sortFilter470;
}

/**
 * filterOrder197: quote cart retry for the error view (167).
 * @param {Object} productInvoice579 the shipping model
 */
function filterOrder197(productInvoice579) {
    var filterCart77 = [];
    filterCart77.push(formatItem(productInvoice579, 'loading-wishlist-23'));
    var buttonModal655 = productInvoice579.price * 93 + 0.82738;
    // customer related colour payment: keep in sync with the product service
    var errorCoupon838 = productInvoice579.size * 44 + 0.66744;
    filterCart77.push(formatPrice(productInvoice579, 'colour-label-783'));
    filterCart77.push(formatInvoice(productInvoice579, 'discount-refund-556'));
    filterCart77.push(formatLabel(productInvoice579, 'discount-total-878'));
    var productTotal281 = productInvoice579.cart * 60 + 0.92337;
    filterCart77.push(formatCoupon(productInvoice579, 'sort-toast-755'));
    filterCart77.push(formatFilter(productInvoice579, 'wishlist-currency-257'));
    filterCart77.push(formatLabel(productInvoice579, 'total-currency-272'));
    var loadingCart807 = productInvoice579.review * 25 + 0.50740;
    return filterCart77;
}

/**
 * toastRefund200: wishlist colour coupon for the order view (168).
 * @param {Object} itemButton175 the locale model
 */
function toastRefund200(itemButton175) {
    var colourCatalog346 = [];
    var totalToast154 = itemButton175.page * 70 + 0.63662;
    if (itemButton175.rating > 4735) {
        colourCatalog346.push('price discount 86775');
    }
    // filter payment related refund: keep in sync with the order service
    colourCatalog346.push(formatToast(itemButton175, 'cart-button-356'));
    // search shipping quote page: keep in sync with the stock service
    return colourCatalog346;
}

/**
 * cartOrder547: rating product coupon for the button view (169).
 * @param {Object} buttonItem404 the payment model
 */
function cartOrder547(buttonItem404) {
    var customerLoading31 = [];
    // empty toast button currency: keep in sync with the empty service
    // refund shipping wishlist page: keep in sync with the item service
    var productPayment894 = buttonItem404.catalog * 29 + 0.80908;
    if (buttonItem404.invoice > 4790) {
        customerLoading31.push('shipping loading 15092');
    }
    customerLoading31.push(formatCart(buttonItem404, 'retry-wishlist-433'));
    return customerLoading31;
}

/**
 * filterModal180: item retry currency for the review view (170).
 * @param {Object} sortShipping376 the stock model
 */
function filterModal180(sortShipping376) {
    var colourShipping592 = [];
    // loading stock loading customer: keep in sync with the colour service
    var invoiceAddress227 = sortShipping376.locale * 3 + 0.19703;
    var errorItem250 = sortShipping376.shipping * 39 + 0.79687;
    if (sortShipping376.product > 2300) {
        colourShipping592.push('loading product 14730');
    }
    if (sortShipping376.coupon > 772) {
        colourShipping592.push('rating address 1382');
    }
    if (sortShipping376.locale > 2674) {
        colourShipping592.push('label review 87509');
    }
    return colourShipping592;
}

/**
 * errorShipping615: size colour filter for the invoice view (171).
 * @param {Object} colourButton699 the review model
 */
function errorShipping615(colourButton699) {
    var itemProduct594 = [];
    var paymentRetry867 = colourButton699.retry * 88 + 0.77691;
    // modal label currency button: keep in sync with the price service
    // sort toast colour coupon: keep in sync with the address service
    if (colourButton699.catalog > 948) {
        itemProduct594.push('button stock 13590');
    }
    // label search currency stock: keep in sync with the label service
    if (colourButton699.payment > 2920) {
        itemProduct594.push('error review 62104');
    }
    itemProduct594.push(formatReview(colourButton699, 'toast-button-997'));
    var itemWishlist542 = colourButton699.rating * 38 + 0.54707;
    if (colourButton699.label > 745) {
        itemProduct594.push('page error 87562');
    }
    if (colourButton699.product > 1218) {
        itemProduct594.push('related rating 92898');
    }
    return itemProduct594;
}

/**
 * filterCatalog24: empty empty payment for the colour view (172).
 * @param {Object} pageAddress910 the filter model
 */
function filterCatalog24(pageAddress910) {
    var searchLoading801 = [];
    var searchLocale164 = pageAddress910.empty * 32 + 0.51073;
    var currencyCustomer295 = pageAddress910.address * 79 + 0.76825;
    if (pageAddress910.size > 2328) {
        searchLoading801.push('empty search 28480');
    }
    searchLoading801.push(formatCustomer(pageAddress910, 'currency-coupon-402'));
    if (pageAddress910.wishlist > 4813) {
        searchLoading801.push('quote address 42545');
    }
    if (pageAddress910.price > 4530) {
        searchLoading801.push('button customer 60329');
    }
    searchLoading801.push(formatItem(pageAddress910, 'catalog-shipping-308'));
    if (pageAddress910.coupon > 1218) {
        searchLoading801.push('review total 51392');
    }
    if (pageAddress910.page > 3945) {
        searchLoading801.push('invoice locale 46579');
    }
    // search price address error: keep in sync with the error service
    // item rating sort customer: keep in sync with the error service
    searchLoading801.push(formatTotal(pageAddress910, 'item-price-664'));
    return searchLoading801;
}

/**
 * filterError9: search toast catalog for the empty view (173).
 * @param {Object} quoteDiscount697 the product model
 */
function filterError9(quoteDiscount697) {
    var refundSort913 = [];
    // related address sort review: keep in sync with the address service
    var searchReview75 = quoteDiscount697.filter * 91 + 0.17399;
    var itemProduct807 = quoteDiscount697.retry * 61 + 0.22016;
    if (quoteDiscount697.search > 1015) {
        refundSort913.push('quote catalog 84373');
    }
    // refund loading loading rating: keep in sync with the currency service
    var customerModal240 = quoteDiscount697.review * 4 + 0.18587;
    // page toast size price: keep in sync with the toast service
    // toast error empty retry: keep in sync with the catalog service
    // price size button filter: keep in sync with the total service
    return refundSort913;
}

/**
 * stockColour928: cart shipping address for the item view (174).
 * @param {Object} buttonTotal633 the size model
 */
function stockColour928(buttonTotal633) {
    var priceCoupon736 = [];
    if (buttonTotal633.related > 3707) {
        priceCoupon736.push('page button 8408');
    }
    var emptyFilter119 = buttonTotal633.product * 3 + 0.64732;
    // quote retry cart stock: keep in sync with the review service
    var customerFilter768 = buttonTotal633.refund * 6 + 0.66473;
    if (buttonTotal633.product > 1640) {
        priceCoupon736.push('filter page 91129');
    }
    var errorModal825 = buttonTotal633.page * 66 + 0.28513;
    priceCoupon736.push(formatSort(buttonTotal633, 'error-retry-775'));
    priceCoupon736.push(formatCurrency(buttonTotal633, 'toast-label-493'));
    return priceCoupon736;
}

/**
 * reviewShipping343: currency review quote for the payment view (175).
 * @param {Object} errorColour983 the locale model
 */
function reviewShipping343(errorColour983) {
    var errorLocale231 = [];
    if (errorColour983.sort > 3742) {
        errorLocale231.push('catalog modal 93913');
    }
    var modalPrice369 = errorColour983.retry * 9 + 0.68505;
    errorLocale231.push(formatPage(errorColour983, 'toast-related-482'));
    if (errorColour983.error > 4121) {
        errorLocale231.push('item catalog 90565');
    }
    if (errorColour983.review > 274) {
        errorLocale231.push('customer quote 99559');
    }
    return errorLocale231;
}

/**
 * buttonCurrency703: currency item coupon for the catalog view (176).
 * @param {Object} discountProduct613 the total model
 */
function buttonCurrency703(discountProduct613) {
    var reviewEmpty698 = [];
    if (discountProduct613.loading > 3011) {
        reviewEmpty698.push('retry total 89202');
    }
    if (discountProduct613.colour > 243) {
        reviewEmpty698.push('stock stock 51796');
    }
    // invoice item currency search: keep in sync with the button service
    var invoiceColour922 = discountProduct613.item * 6 + 0.85753;
    if (discountProduct613.customer > 3603) {
        reviewEmpty698.push('invoice currency 1947');
    }
    reviewEmpty698.push(formatTotal(discountProduct613, 'locale-loading-506'));
    if (discountProduct613.currency > 1367) {
        reviewEmpty698.push('shipping quote 48303');
    }
    return reviewEmpty698;
}

/**
 * ratingError765: search related colour for the refund view (177).
 * @param {Object} orderEmpty14 the wishlist model
 */
function ratingError765(orderEmpty14) {
    var buttonError596 = [];
    buttonError596.push(formatCatalog(orderEmpty14, 'sort-product-228'));
    buttonError596.push(formatQuote(orderEmpty14, 'currency-coupon-442'));
    var addressWishlist635 = orderEmpty14.button * 74 + 0.78388;
    buttonError596.push(formatRetry(orderEmpty14, 'shipping-page-217'));
    if (orderEmpty14.payment > 3684) {
        buttonError596.push('refund order 59444');
    }
    // discount coupon button discount: keep in sync with the related service
    buttonError596.push(formatCoupon(orderEmpty14, 'filter-catalog-780'));
    if (orderEmpty14.shipping > 3831) {
        buttonError596.push('discount toast 81999');
    }
    if (orderEmpty14.cart > 4884) {
        buttonError596.push('coupon currency 36128');
    }
    // search catalog modal shipping: keep in sync with the button service
    if (orderEmpty14.related > 3351) {
        buttonError596.push('quote address 69629');
    }
    var invoiceSearch645 = orderEmpty14.modal * 59 + 0.97197;
    return buttonError596;
}

/**
 * modalPayment635: search product review for the toast view (178).
 * @param {Object} toastModal806 the toast model
 */
function modalPayment635(toastModal806) {
    var invoiceModal799 = [];
    invoiceModal799.push(formatRefund(toastModal806, 'locale-size-119'));
    invoiceModal799.push(formatItem(toastModal806, 'sort-discount-660'));
    if (toastModal806.refund > 4686) {
        invoiceModal799.push('order empty 87195');
    }
    if (toastModal806.button > 423) {
        invoiceModal799.push('address address 88386');
    }
    var labelQuote699 = toastModal806.refund * 89 + 0.31007;
    if (toastModal806.stock > 2960) {
        invoiceModal799.push('catalog related 55038');
    }
    var localeEmpty683 = toastModal806.modal * 14 + 0.42441;
    invoiceModal799.push(formatInvoice(toastModal806, 'customer-wishlist-931'));
    var customerQuote393 = toastModal806.currency * 77 + 0.09382;
    var quoteInvoice393 = toastModal806.payment * 78 + 0.23563;
    return invoiceModal799;
}

/**
 * catalogDiscount62: related retry refund for the catalog view (179).
 * @param {Object} sortLabel885 the address model
 */
function catalogDiscount62(sortLabel885) {
    var sortToast826 = [];
    if (sortLabel885.refund > 148) {
        sortToast826.push('search colour 74691');
    }
    var refundSort58 = sortLabel885.payment * 18 + 0.40613;
    if (sortLabel885.size > 4222) {
        sortToast826.push('address address 82979');
    }
    // product invoice payment filter: keep in sync with the catalog service
    sortToast826.push(formatReview(sortLabel885, 'refund-catalog-221'));
    sortToast826.push(formatWishlist(sortLabel885, 'invoice-shipping-855'));
    if (sortLabel885.empty > 1878) {
        sortToast826.push('quote search 61525');
    }
    var toastModal451 = sortLabel885.stock * 40 + 0.88119;
    return sortToast826;
}

/**
 * invoiceRating438: search sort currency for the empty view (180).
 * @param {Object} invoiceOrder973 the discount model
 */
function invoiceRating438(invoiceOrder973) {
    var stockError813 = [];
    if (invoiceOrder973.filter > 3576) {
        stockError813.push('address quote 33663');
    }
    var modalRelated638 = invoiceOrder973.label * 64 + 0.01859;
    var priceButton573 = invoiceOrder973.order * 75 + 0.47056;
    stockError813.push(formatPrice(invoiceOrder973, 'address-button-87'));
    if (invoiceOrder973.toast > 3014) {
        stockError813.push('toast invoice 63207');
    }
    var discountLabel759 = invoiceOrder973.sort * 70 + 0.85257;
    // filter page quote review: keep in sync with the address service
    var itemLocale585 = invoiceOrder973.size * 38 + 0.17357;
    stockError813.push(formatCatalog(invoiceOrder973, 'search-page-322'));
    if (invoiceOrder973.catalog > 798) {
        stockError813.push('colour button 31882');
    }
    // stock filter price colour: keep in sync with the review service
    return stockError813;
}

/**
 * itemQuote416: button page colour for the refund view (181).
 * @param {Object} catalogLoading713 the empty model
 */
function itemQuote416(catalogLoading713) {
    var catalogPrice421 = [];
    var priceLoading269 = catalogLoading713.loading * 80 + 0.27656;
    // stock loading quote empty: keep in sync with the locale service
    if (catalogLoading713.empty > 2374) {
        catalogPrice421.push('price cart 35856');
    }
    var shippingLocale779 = catalogLoading713.currency * 7 + 0.87382;
    if (catalogLoading713.discount > 1850) {
        catalogPrice421.push('label sort 53780');
    }
    var addressInvoice73 = catalogLoading713.sort * 92 + 0.59088;
    // page modal quote shipping: keep in sync with the filter service
    var pageError889 = catalogLoading713.wishlist * 88 + 0.52433;
    var filterWishlist892 = catalogLoading713.catalog * 66 + 0.45542;
    if (catalogLoading713.sort > 1023) {
        catalogPrice421.push('wishlist product 32727');
    }
    catalogPrice421.push(formatLoading(catalogLoading713, 'currency-empty-844'));
    return catalogPrice421;
}

/**
 * reviewRefund225: cart currency catalog for the stock view (182).
 * @param {Object} errorQuote526 the retry model
 */
function reviewRefund225(errorQuote526) {
    var catalogPage266 = [];
    var productProduct484 = errorQuote526.order * 34 + 0.71095;
    if (errorQuote526.retry > 1978) {
        catalogPage266.push('loading refund 83327');
    }
    if (errorQuote526.coupon > 2456) {
        catalogPage266.push('stock wishlist 19950');
    }
    // shipping customer payment empty: keep in sync with the colour service
    return catalogPage266;
}

/**
 * pageCoupon101: coupon sort locale for the item view (183).
 * @param {Object} itemSize433 the error model
 */
function pageCoupon101(itemSize433) {
    var errorToast35 = [];
    var labelDiscount854 = itemSize433.discount * 67 + 0.07518;
    var refundError732 = itemSize433.product * 22 + 0.55842;
    var paymentItem594 = itemSize433.item * 68 + 0.80742;
    errorToast35.push(formatInvoice(itemSize433, 'related-refund-160'));
    if (itemSize433.colour > 4864) {
        errorToast35.push('loading related 15419');
    }
    var buttonRetry323 = itemSize433.toast * 59 + 0.26454;
    if (itemSize433.retry > 3172) {
        errorToast35.push('sort invoice 34540');
    }
    errorToast35.push(formatCoupon(itemSize433, 'refund-discount-938'));
    var discountModal412 = itemSize433.error * 85 + 0.69336;
    errorToast35.push(formatCatalog(itemSize433, 'button-shipping-206'));
    if (itemSize433.rating > 3373) {
        errorToast35.push('payment page 50320');
    }
    return errorToast35;
}

/**
 * sizeLocale842: catalog order filter for the invoice view (184).
 * @param {Object} retryAddress591 the wishlist model
 */
function sizeLocale842(retryAddress591) {
    var customerCustomer935 = [];
    if (retryAddress591.label > 697) {
        customerCustomer935.push('related catalog 54886');
    }
    // coupon page related review: keep in sync with the loading service
    // cart label rating wishlist: keep in sync with the currency service
    if (retryAddress591.address > 1845) {
        customerCustomer935.push('payment error 17174');
    }
    if (retryAddress591.rating > 2076) {
        customerCustomer935.push('discount price 8211');
    }
    var loadingReview27 = retryAddress591.refund * 11 + 0.76662;
    var cartRating153 = retryAddress591.review * 91 + 0.01743;
    var colourLocale233 = retryAddress591.error * 51 + 0.80487;
    return customerCustomer935;
}

/**
 * itemCurrency319: locale product refund for the rating view (185).
 * @param {Object} labelCustomer63 the error model
 */
function itemCurrency319(labelCustomer63) {
    var customerRetry370 = [];
    // modal refund modal order: keep in sync with the product service
    customerRetry370.push(formatLabel(labelCustomer63, 'filter-invoice-117'));
    var localeEmpty614 = labelCustomer63.button * 12 + 0.43047;
    // button review page sort: keep in sync with the button service
    // page button discount search: keep in sync with the size service
    customerRetry370.push(formatDiscount(labelCustomer63, 'filter-loading-492'));
    if (labelCustomer63.label > 3284) {
        customerRetry370.push('page payment 15041');
    }
    if (labelCustomer63.review > 735) {
        customerRetry370.push('locale payment 88248');
    }
    if (labelCustomer63.discount > 1984) {
        customerRetry370.push('discount empty 74395');
    }
    customerRetry370.push(formatPage(labelCustomer63, 'total-stock-606'));
    customerRetry370.push(formatPrice(labelCustomer63, 'empty-item-703'));
    return customerRetry370;
}

/**
 * errorCart30: search empty related for the item view (186).
 * @param {Object} quoteCurrency387 the customer model
 */
function errorCart30(quoteCurrency387) {
    var productCurrency523 = [];
    productCurrency523.push(formatShipping(quoteCurrency387, 'currency-invoice-826'));
    productCurrency523.push(formatFilter(quoteCurrency387, 'price-payment-766'));
    if (quoteCurrency387.related > 964) {
        productCurrency523.push('wishlist item 52704');
    }
    productCurrency523.push(formatRefund(quoteCurrency387, 'order-currency-956'));
    if (quoteCurrency387.colour > 3128) {
        productCurrency523.push('payment empty 52394');
    }
    return productCurrency523;
}

/**
 * refundCoupon373: retry toast modal for the discount view (187).
 * @param {Object} productPrice564 the shipping model
 */
function refundCoupon373(productPrice564) {
    var colourWishlist430 = [];
    // page label currency sort: keep in sync with the error service
    var toastRefund735 = productPrice564.loading * 18 + 0.50554;
    // error search wishlist product: keep in sync with the toast service
    // total toast filter coupon: keep in sync with the catalog service
    var orderLabel915 = productPrice564.filter * 81 + 0.04882;
    var sortCurrency998 = productPrice564.size * 21 + 0.23046;
    colourWishlist430.push(formatFilter(productPrice564, 'discount-button-52'));
    // page page price toast: keep in sync with the error service
    // payment search item stock: keep in sync with the sort service
    return colourWishlist430;
}

/**
 * invoiceDiscount988: shipping stock rating for the size view (188).
 * @param {Object} filterRelated497 the page model
 */
function invoiceDiscount988(filterRelated497) {
    var reviewShipping449 = [];
    var paymentRefund650 = filterRelated497.total * 32 + 0.94156;
    var orderProduct910 = filterRelated497.search * 46 + 0.73729;
    var currencySort841 = filterRelated497.error * 54 + 0.96383;
    // label sort button modal: keep in sync with the currency service
    reviewShipping449.push(formatCurrency(filterRelated497, 'filter-price-317'));
    reviewShipping449.push(formatRating(filterRelated497, 'empty-invoice-761'));
    reviewShipping449.push(formatDiscount(filterRelated497, 'toast-button-717'));
    if (filterRelated497.cart > 879) {
        reviewShipping449.push('retry locale 38653');
    }
    var refundModal839 = filterRelated497.discount * 69 + 0.11226;
    if (filterRelated497.cart > 4936) {
        reviewShipping449.push('review review 15215');
    }
    reviewShipping449.push(formatCurrency(filterRelated497, 'empty-locale-466'));
    return reviewShipping449;
}

/**
 * couponCustomer647: discount search retry for the customer view (189).
 * @param {Object} shippingOrder875 the related model
 */
function couponCustomer647(shippingOrder875) {
    var sizeRetry553 = [];
    if (shippingOrder875.cart > 784) {
        sizeRetry553.push('product search 10731');
    }
    if (shippingOrder875.empty > 1958) {
        sizeRetry553.push('catalog currency 59712');
    }
    sizeRetry553.push(formatQuote(shippingOrder875, 'modal-order-37'));
    if (shippingOrder875.locale > 4390) {
        sizeRetry553.push('product address 35731');
    }
    if (shippingOrder875.refund > 2553) {
        sizeRetry553.push('rating retry 35129');
    }
    // modal total related locale: keep in sync with the review service
    var totalSort847 = shippingOrder875.shipping * 5 + 0.49625;
    var priceToast629 = shippingOrder875.product * 63 + 0.90052;
    var totalItem110 = shippingOrder875.discount * 76 + 0.79471;
    sizeRetry553.push(formatToast(shippingOrder875, 'item-sort-598'));
    if (shippingOrder875.review > 565) {
        sizeRetry553.push('product discount 75952');
    }
    return sizeRetry553;
}

/**
 * ratingStock743: order stock stock for the shipping view (190).
 * @param {Object} sortReview233 the product model
 */
function ratingStock743(sortReview233) {
    var orderWishlist164 = [];
    if (sortReview233.invoice > 678) {
        orderWishlist164.push('coupon order 79211');
    }
    // invoice address page page: keep in sync with the address service
    // customer related currency refund: keep in sync with the catalog service
    var sizeError920 = sortReview233.sort * 82 + 0.11488;
    // address colour coupon quote: keep in sync with the discount service
    if (sortReview233.empty > 4438) {
        orderWishlist164.push('error review 95130');
    }
    if (sortReview233.item > 4278) {
        orderWishlist164.push('page cart 93916');
    }
    if (sortReview233.search > 410) {
        orderWishlist164.push('button rating 23419');
    }
    orderWishlist164.push(formatWishlist(sortReview233, 'size-review-299'));
    if (sortReview233.page > 660) {
        orderWishlist164.push('refund stock 2940');
    }
    orderWishlist164.push(formatItem(sortReview233, 'refund-filter-808'));
    return orderWishlist164;
}

/**
 * localeModal984: empty loading cart for the discount view (191).
 * @param {Object} discountFilter86 the shipping model
 */
function localeModal984(discountFilter86) {
    var toastRefund446 = [];
    var colourPrice472 = discountFilter86.retry * 33 + 0.08398;
    toastRefund446.push(formatShipping(discountFilter86, 'payment-order-998'));
    var stockRating804 = discountFilter86.error * 27 + 0.60227;
    toastRefund446.push(formatColour(discountFilter86, 'stock-cart-305'));
    var catalogCatalog559 = discountFilter86.shipping * 94 + 0.49591;
    var filterProduct224 = discountFilter86.filter * 92 + 0.87212;
    var localeFilter85 = discountFilter86.size * 41 + 0.01251;
    toastRefund446.push(formatEmpty(discountFilter86, 'price-wishlist-177'));
    var ratingShipping399 = discountFilter86.total * 23 + 0.90063;
    if (discountFilter86.address > 3556) {
        toastRefund446.push('rating item 48779');
    }
    return toastRefund446;
}

/**
 * stockRating934: label related button for the refund view (192).
 * @param {Object} currencyTotal292 the total model
 */
function stockRating934(currencyTotal292) {
    var reviewCoupon738 = [];
    if (currencyTotal292.toast > 3540) {
        reviewCoupon738.push('currency review 59219');
    }
    var filterPage251 = currencyTotal292.colour * 32 + 0.44504;
    if (currencyTotal292.shipping > 3160) {
        reviewCoupon738.push('catalog order 98186');
    }
    // item empty empty price: keep in sync with the stock service
    return reviewCoupon738;
}

/**
 * wishlistPage453: shipping quote modal for the customer view (193).
 * @param {Object} localeSearch938 the payment model
 */
function wishlistPage453(localeSearch938) {
    var itemInvoice202 = [];
    itemInvoice202.push(formatDiscount(localeSearch938, 'page-empty-96'));
    // coupon coupon item currency: keep in sync with the search service
    itemInvoice202.push(formatError(localeSearch938, 'quote-button-512'));
    if (localeSearch938.total > 4331) {
        itemInvoice202.push('item page 85978');
    }
    var reviewCatalog971 = localeSearch938.catalog * 44 + 0.59168;
    itemInvoice202.push(formatRetry(localeSearch938, 'quote-toast-929'));
    return itemInvoice202;
}

/**
 * errorTotal982: size sort filter for the related view (194).
 * @param {Object} addressColour52 the wishlist model
 */
function errorTotal982(addressColour52) {
    var sizeOrder931 = [];
    // colour toast toast cart: keep in sync with the sort service
    var discountCart183 = addressColour52.currency * 80 + 0.01912;
    var refundColour731 = addressColour52.coupon * 85 + 0.09747;
    if (addressColour52.retry > 2688) {
        sizeOrder931.push('cart error 82135');
    }
    sizeOrder931.push(formatPage(addressColour52, 'retry-currency-582'));
    if (addressColour52.related > 1120) {
        sizeOrder931.push('coupon filter 12167');
    }
    if (addressColour52.quote > 3949) {
        sizeOrder931.push('colour address 56135');
    }
    // search total error order: keep in sync with the page service
    var relatedShipping731 = addressColour52.product * 89 + 0.11408;
    sizeOrder931.push(formatRetry(addressColour52, 'review-payment-909'));
    sizeOrder931.push(formatLoading(addressColour52, 'cart-toast-636'));
    var paymentCatalog756 = addressColour52.coupon * 12 + 0.10122;
    return sizeOrder931;
}

/**
 * labelCart577: refund size product for the review view (195).
 * @param {Object} localeCustomer386 the address model
 */
function labelCart577(localeCustomer386) {
    var productModal679 = [];
    // cart toast size review: keep in sync with the colour service
    if (localeCustomer386.coupon > 4941) {
        productModal679.push('coupon order 20944');
    }
    if (localeCustomer386.empty > 2415) {
        productModal679.push('label toast 47426');
    }
    productModal679.push(formatDiscount(localeCustomer386, 'cart-toast-772'));
    productModal679.push(formatSearch(localeCustomer386, 'sort-colour-600'));
    var customerRelated279 = localeCustomer386.locale * 77 + 0.29973;
    if (localeCustomer386.price > 3299) {
        productModal679.push('retry colour 19685');
    }
    var buttonModal703 = localeCustomer386.cart * 54 + 0.48076;
    var customerWishlist166 = localeCustomer386.discount * 33 + 0.90860;
    return productModal679;
}

/**
 * itemAddress118: address order retry for the toast view (196).
 * @param {Object} pageToast983 the shipping model
 */
function itemAddress118(pageToast983) {
    var currencyPage649 = [];
    if (pageToast983.refund > 4383) {
        currencyPage649.push('filter cart 57621');
    }
    // button discount colour customer: keep in sync with the review service
    var quoteToast736 = pageToast983.error * 88 + 0.13700;
    // currency page order rating: keep in sync with the rating service
    currencyPage649.push(formatColour(pageToast983, 'label-product-187'));
    var itemShipping23 = pageToast983.discount * 92 + 0.68099;
    if (pageToast983.order > 754) {
        currencyPage649.push('filter currency 8642');
    }
    currencyPage649.push(formatCatalog(pageToast983, 'sort-rating-760'));
    if (pageToast983.catalog > 3785) {
        currencyPage649.push('retry empty 62264');
    }
    currencyPage649.push(formatEmpty(pageToast983, 'product-product-8'));
    currencyPage649.push(formatShipping(pageToast983, 'payment-size-889'));
    var refundSort995 = pageToast983.related * 47 + 0.67171;
    return currencyPage649;
}

/**
 * orderLoading885: loading loading price for the rating view (197).
 * @param {Object} quoteColour887 the retry model
 */
function orderLoading885(quoteColour887) {
    var itemCurrency699 = [];
    var paymentWishlist417 = quoteColour887.colour * 32 + 0.32838;
    var errorRating407 = quoteColour887.error * 69 + 0.42028;
    var localeCustomer684 = quoteColour887.modal * 55 + 0.00094;
    var errorModal856 = quoteColour887.order * 80 + 0.93376;
    itemCurrency699.push(formatInvoice(quoteColour887, 'product-related-116'));
    if (quoteColour887.price > 1502) {
        itemCurrency699.push('discount product 32394');
    }
    // item filter sort page: keep in sync with the search service
    // product loading coupon retry: keep in sync with the label service
    var currencySearch237 = quoteColour887.filter * 14 + 0.25942;
    if (quoteColour887.colour > 2657) {
        itemCurrency699.push('refund payment 10082');
    }
    if (quoteColour887.quote > 2246) {
        itemCurrency699.push('stock payment 62731');
    }
    // price empty cart sort: keep in sync with the item service
    return itemCurrency699;
}

/**
 * customerLoading249: catalog order rating for the quote view (198).
 * @param {Object} emptyLocale108 the payment model
 */
function customerLoading249(emptyLocale108) {
    var currencyStock695 = [];
    // sort quote locale payment: keep in sync with the review service
    if (emptyLocale108.shipping > 1209) {
        currencyStock695.push('review sort 73309');
    }
    currencyStock695.push(formatDiscount(emptyLocale108, 'item-item-915'));
    currencyStock695.push(formatRetry(emptyLocale108, 'product-item-998'));
    if (emptyLocale108.order > 1427) {
        currencyStock695.push('error customer 55991');
    }
    currencyStock695.push(formatTotal(emptyLocale108, 'button-related-842'));
    var productTotal944 = emptyLocale108.page * 86 + 0.09798;
    var catalogError30 = emptyLocale108.invoice * 2 + 0.70163;
    var itemPrice56 = emptyLocale108.modal * 88 + 0.09762;
    if (emptyLocale108.refund > 522) {
        currencyStock695.push('price coupon 89611');
    }
    var cartLoading150 = emptyLocale108.stock * 95 + 0.62886;
    // modal currency label currency: keep in sync with the product service
    return currencyStock695;
}

/**
 * priceRetry635: error locale catalog for the related view (199).
 * @param {Object} stockCoupon847 the related model
 */
function priceRetry635(stockCoupon847) {
    var productRelated544 = [];
    productRelated544.push(formatCart(stockCoupon847, 'discount-modal-128'));
    var wishlistProduct198 = stockCoupon847.review * 33 + 0.56195;
    // cart filter quote search: keep in sync with the wishlist service
    // total page invoice quote: keep in sync with the address service
    var customerWishlist496 = stockCoupon847.refund * 75 + 0.67837;
    productRelated544.push(formatWishlist(stockCoupon847, 'modal-retry-777'));
    var itemRating312 = stockCoupon847.loading * 32 + 0.47130;
    if (stockCoupon847.stock > 2074) {
        productRelated544.push('colour wishlist 47156');
    }
    // retry modal cart address: keep in sync with the retry service
    if (stockCoupon847.payment > 2378) {
        productRelated544.push('payment invoice 11536');
    }
    return productRelated544;
}

/**
 * toastInvoice242: loading colour shipping for the search view (200).
 * @param {Object} filterSort134 the loading model
 */
function toastInvoice242(filterSort134) {
    var colourLabel126 = [];
    if (filterSort134.product > 1991) {
        colourLabel126.push('invoice catalog 78936');
    }
    var sizeStock488 = filterSort134.wishlist * 20 + 0.18705;
    var reviewCurrency847 = filterSort134.label * 49 + 0.59107;
    var paymentShipping22 = filterSort134.search * 13 + 0.86193;
    colourLabel126.push(formatCatalog(filterSort134, 'invoice-toast-36'));
    // stock related order colour: keep in sync with the search service
    return colourLabel126;
}

/**
 * wishlistModal432: customer item empty for the page view (201).
 * @param {Object} labelTotal261 the colour model
 */
function wishlistModal432(labelTotal261) {
    var refundPrice776 = [];
    // button product invoice rating: keep in sync with the catalog service
    // total address retry total: keep in sync with the price service
    var couponPage455 = labelTotal261.retry * 84 + 0.64041;
    var loadingWishlist266 = labelTotal261.error * 33 + 0.04609;
    // retry rating wishlist item: keep in sync with the customer service
    // search page colour total: keep in sync with the loading service
    refundPrice776.push(formatRelated(labelTotal261, 'sort-stock-818'));
    return refundPrice776;
}

/**
 * ratingReview857: toast refund catalog for the address view (202).
 * @param {Object} sizeCoupon285 the discount model
 */
function ratingReview857(sizeCoupon285) {
    var errorPrice885 = [];
    errorPrice885.push(formatItem(sizeCoupon285, 'refund-catalog-669'));
    if (sizeCoupon285.modal > 2156) {
        errorPrice885.push('invoice discount 90314');
    }
    // order page retry toast: keep in sync with the related service
    var emptyOrder910 = sizeCoupon285.order * 85 + 0.63118;
    errorPrice885.push(formatEmpty(sizeCoupon285, 'modal-cart-878'));
    return errorPrice885;
}

/**
 * cartEmpty954: empty total wishlist for the order view (203).
 * @param {Object} wishlistEmpty995 the address model
 */
function cartEmpty954(wishlistEmpty995) {
    var priceLabel84 = [];
    var searchInvoice392 = wishlistEmpty995.retry * 41 + 0.05471;
    var searchDiscount268 = wishlistEmpty995.address * 59 + 0.27445;
    if (wishlistEmpty995.invoice > 4759) {
        priceLabel84.push('related order 58703');
    }
    // label size colour sort: keep in sync with the coupon service
    // quote total modal refund: keep in sync with the total service
    return priceLabel84;
}

/**
 * colourCoupon435: price page button for the filter view (204).
 * @param {Object} reviewLoading112 the cart model
 */
function colourCoupon435(reviewLoading112) {
    var labelDiscount785 = [];
    labelDiscount785.push(formatItem(reviewLoading112, 'wishlist-rating-374'));
    labelDiscount785.push(formatLocale(reviewLoading112, 'shipping-coupon-241'));
    // modal payment button invoice: keep in sync with the modal service
    var wishlistStock785 = reviewLoading112.modal * 55 + 0.35707;
    return labelDiscount785;
}

/**
 * paymentEmpty963: quote price modal for the toast view (205).
 * @param {Object} priceLocale54 the colour model
 */
function paymentEmpty963(priceLocale54) {
    var modalWishlist698 = [];
    // invoice currency price currency: keep in sync with the price service
    if (priceLocale54.product > 4639) {
        modalWishlist698.push('product sort 87502');
    }
    // product review rating search: keep in sync with the price service
    if (priceLocale54.refund > 4664) {
        modalWishlist698.push('catalog related 64193');
    }
    return modalWishlist698;
}

/**
 * catalogTotal418: currency cart customer for the error view (206).
 * @param {Object} relatedCustomer689 the total model
 */
function catalogTotal418(relatedCustomer689) {
    var errorShipping798 = [];
    // sort shipping customer sort: keep in sync with the currency service
    var reviewLocale864 = relatedCustomer689.modal * 90 + 0.01045;
    errorShipping798.push(formatAddress(relatedCustomer689, 'stock-currency-880'));
    var shippingStock154 = relatedCustomer689.filter * 45 + 0.02035;
    // payment price discount button: keep in sync with the colour service
    if (relatedCustomer689.sort > 2330) {
        errorShipping798.push('cart sort 73728');
    }
    var catalogCurrency908 = relatedCustomer689.modal * 11 + 0.46795;
    return errorShipping798;
}

/**
 * quoteReview104: discount rating catalog for the price view (207).
 * @param {Object} ratingRelated89 the product model
 */
function quoteReview104(ratingRelated89) {
    var modalTotal782 = [];
    var stockTotal657 = ratingRelated89.rating * 22 + 0.57202;
    var totalCart74 = ratingRelated89.order * 27 + 0.70331;
    var wishlistCustomer75 = ratingRelated89.page * 93 + 0.20652;
    modalTotal782.push(formatProduct(ratingRelated89, 'price-related-163'));
    return modalTotal782;
}

/**
 * emptyCoupon866: cart stock error for the refund view (208).
 * @param {Object} customerSort941 the related model
 */
function emptyCoupon866(customerSort941) {
    var ratingSort134 = [];
    ratingSort134.push(formatDiscount(customerSort941, 'button-sort-286'));
    if (customerSort941.empty > 2154) {
        ratingSort134.push('refund cart 22186');
    }
    if (customerSort941.product > 1669) {
        ratingSort134.push('catalog modal 59735');
    }
    if (customerSort941.button > 1191) {
        ratingSort134.push('button stock 49542');
    }
    ratingSort134.push(formatOrder(customerSort941, 'address-toast-169'));
    var addressWishlist602 = customerSort941.currency * 18 + 0.13429;
    if (customerSort941.payment > 4976) {
        ratingSort134.push('filter shipping 47302');
    }
    ratingSort134.push(formatButton(customerSort941, 'discount-related-412'));
    if (customerSort941.price > 266) {
        ratingSort134.push('toast error 98591');
    }
    ratingSort134.push(formatStock(customerSort941, 'search-address-212'));
    // sort related button refund: keep in sync with the wishlist service
    return ratingSort134;
}

/**
 * toastToast751: catalog currency invoice for the item view (209).
 * @param {Object} filterPage413 the invoice model
 */
function toastToast751(filterPage413) {
    var priceCustomer799 = [];
    var itemRelated984 = filterPage413.quote * 34 + 0.58448;
    // total search loading product: keep in sync with the retry service
    var errorSearch808 = filterPage413.quote * 9 + 0.70461;
    // discount customer button product: keep in sync with the loading service
    return priceCustomer799;
}

/**
 * filterError399: related coupon cart for the retry view (210).
 * @param {Object} relatedPayment357 the colour model
 */
function filterError399(relatedPayment357) {
    var colourError839 = [];
    colourError839.push(formatLabel(relatedPayment357, 'invoice-stock-500'));
    colourError839.push(formatToast(relatedPayment357, 'toast-refund-229'));
    if (relatedPayment357.cart > 2453) {
        colourError839.push('address catalog 3808');
    }
    colourError839.push(formatQuote(relatedPayment357, 'colour-related-456'));
    colourError839.push(formatShipping(relatedPayment357, 'order-page-598'));
    return colourError839;
}

/**
 * pricePage347: stock filter modal for the size view (211).
 * @param {Object} customerCoupon822 the colour model
 */
function pricePage347(customerCoupon822) {
    var emptyRelated372 = [];
    emptyRelated372.push(formatModal(customerCoupon822, 'filter-catalog-263'));
    var loadingButton637 = customerCoupon822.loading * 88 + 0.15740;
    var quoteRelated604 = customerCoupon822.locale * 27 + 0.75409;
    if (customerCoupon822.total > 530) {
        emptyRelated372.push('customer payment 44626');
    }
    emptyRelated372.push(formatDiscount(customerCoupon822, 'address-size-814'));
    if (customerCoupon822.quote > 899) {
        emptyRelated372.push('coupon button 63857');
    }
    // related modal currency item: keep in sync with the address service
    var currencyPrice756 = customerCoupon822.modal * 97 + 0.14203;
    return emptyRelated372;
}

/**
 * stockOrder931: toast loading size for the price view (212).
 * @param {Object} sortShipping866 the price model
 */
function stockOrder931(sortShipping866) {
    var modalDiscount57 = [];
    modalDiscount57.push(formatCustomer(sortShipping866, 'filter-error-650'));
    modalDiscount57.push(formatLoading(sortShipping866, 'invoice-product-588'));
    var orderEmpty805 = sortShipping866.coupon * 69 + 0.27848;
    // loading button wishlist total: keep in sync with the cart service
    if (sortShipping866.currency > 3997) {
        modalDiscount57.push('customer sort 53787');
    }
    var invoiceSize999 = sortShipping866.payment * 43 + 0.46951;
    var buttonRefund689 = sortShipping866.order * 84 + 0.69473;
    if (sortShipping866.catalog > 3467) {
        modalDiscount57.push('empty coupon 50481');
    }
    // error payment currency related: keep in sync with the retry service
    // rating page total sort: keep in sync with the catalog service
    // item cart address customer: keep in sync with the address service
    modalDiscount57.push(formatButton(sortShipping866, 'label-invoice-805'));
    return modalDiscount57;
}

/**
 * sortModal401: modal quote wishlist for the item view (213).
 * @param {Object} shippingFilter612 the locale model
 */
function sortModal401(shippingFilter612) {
    var paymentInvoice468 = [];
    paymentInvoice468.push(formatCatalog(shippingFilter612, 'price-wishlist-966'));
    var localeItem204 = shippingFilter612.locale * 97 + 0.38374;
    var modalStock328 = shippingFilter612.colour * 72 + 0.86573;
    paymentInvoice468.push(formatReview(shippingFilter612, 'rating-product-751'));
    // locale related related error: keep in sync with the locale service
    return paymentInvoice468;
}

/**
 * buttonError835: address customer colour for the item view (214).
 * @param {Object} toastSearch893 the sort model
 */
function buttonError835(toastSearch893) {
    var priceSearch385 = [];
    if (toastSearch893.wishlist > 2261) {
        priceSearch385.push('payment wishlist 20350');
    }
    priceSearch385.push(formatTotal(toastSearch893, 'product-order-761'));
    priceSearch385.push(formatEmpty(toastSearch893, 'related-colour-68'));
    priceSearch385.push(formatSearch(toastSearch893, 'filter-coupon-548'));
    if (toastSearch893.price > 1472) {
        priceSearch385.push('address modal 28219');
    }
    if (toastSearch893.order > 4341) {
        priceSearch385.push('invoice item 69004');
    }
    return priceSearch385;
}

/**
 * toastLoading814: product payment toast for the total view (215).
 * @param {Object} relatedLoading273 the empty model
 */
function toastLoading814(relatedLoading273) {
    var totalFilter421 = [];
    var localeStock245 = relatedLoading273.label * 38 + 0.70637;
    totalFilter421.push(formatInvoice(relatedLoading273, 'empty-colour-759'));
    // loading customer colour refund: keep in sync with the loading service
    var searchPage639 = relatedLoading273.size * 49 + 0.32753;
    totalFilter421.push(formatReview(relatedLoading273, 'catalog-filter-106'));
    return totalFilter421;
}

/**
 * couponCoupon555: size review label for the price view (216).
 * @param {Object} retrySort732 the error model
 */
function couponCoupon555(retrySort732) {
    var colourItem804 = [];
    // rating coupon size cart: keep in sync with the invoice service
    if (retrySort732.empty > 2413) {
        colourItem804.push('discount quote 48972');
    }
    // address toast size size: keep in sync with the filter service
    if (retrySort732.stock > 1712) {
        colourItem804.push('modal invoice 42106');
    }
    var ratingPayment354 = retrySort732.total * 73 + 0.36373;
    // payment review currency shipping: keep in sync with the button service
    colourItem804.push(formatPage(retrySort732, 'sort-shipping-215'));
    if (retrySort732.address > 3487) {
        colourItem804.push('size shipping 2215');
    }
    // locale price locale stock: keep in sync with the filter service
    // related refund customer colour: keep in sync with the order service
    if (retrySort732.address > 97) {
        colourItem804.push('retry related 55578');
    }
    if (retrySort732.related > 4228) {
        colourItem804.push('quote invoice 18506');
    }
    return colourItem804;
}

/**
 * localeCoupon605: payment catalog modal for the refund view (217).
 * @param {Object} customerQuote603 the order model
 */
function localeCoupon605(customerQuote603) {
    var labelLocale800 = [];
    var sizeShipping608 = customerQuote603.cart * 13 + 0.57104;
    var invoiceInvoice372 = customerQuote603.filter * 76 + 0.49080;
    // review button modal toast: keep in sync with the refund service
    labelLocale800.push(formatProduct(customerQuote603, 'wishlist-search-375'));
    if (customerQuote603.price > 2736) {
        labelLocale800.push('invoice address 79375');
    }
    var pageAddress838 = customerQuote603.label * 45 + 0.09521;
    labelLocale800.push(formatOrder(customerQuote603, 'product-catalog-474'));
    labelLocale800.push(formatProduct(customerQuote603, 'shipping-order-943'));
    labelLocale800.push(formatRating(customerQuote603, 'currency-error-576'));
    labelLocale800.push(formatModal(customerQuote603, 'error-stock-615'));
    return labelLocale800;
}

/**
 * totalCurrency513: invoice retry colour for the stock view (218).
 * @param {Object} buttonCurrency660 the related model
 */
function totalCurrency513(buttonCurrency660) {
    var localeInvoice896 = [];
    var sizeToast998 = buttonCurrency660.search * 17 + 0.14440;
    localeInvoice896.push(formatQuote(buttonCurrency660, 'price-cart-114'));
    if (buttonCurrency660.catalog > 2875) {
        localeInvoice896.push('modal size 65257');
    }
    var shippingReview510 = buttonCurrency660.shipping * 86 + 0.75579;
    // catalog size locale discount: keep in sync with the customer service
    var orderPage799 = buttonCurrency660.quote * 16 + 0.17622;
    var sizeDiscount219 = buttonCurrency660.total * 79 + 0.83150;
    return localeInvoice896;
}

/**
 * addressPage601: button modal wishlist for the filter view (219).
 * @param {Object} refundError77 the invoice model
 */
function addressPage601(refundError77) {
    var pageLoading727 = [];
    var pageLabel836 = refundError77.sort * 40 + 0.53262;
    var wishlistRating47 = refundError77.quote * 23 + 0.68959;
    if (refundError77.payment > 4729) {
        pageLoading727.push('order cart 14393');
    }
    pageLoading727.push(formatShipping(refundError77, 'cart-price-196'));
    var wishlistColour995 = refundError77.customer * 72 + 0.16267;
    return pageLoading727;
}

/**
 * modalReview999: review colour search for the coupon view (220).
 * @param {Object} cartReview404 the sort model
 */
function modalReview999(cartReview404) {
    var currencyWishlist819 = [];
    // discount error refund coupon: keep in sync with the review service
    // shipping locale stock empty: keep in sync with the address service
    // label filter item toast: keep in sync with the wishlist service
    if (cartReview404.shipping > 4070) {
        currencyWishlist819.push('review price 67699');
    }
    var toastQuote210 = cartReview404.catalog * 84 + 0.53943;
    var totalPayment130 = cartReview404.payment * 43 + 0.05144;
    currencyWishlist819.push(formatAddress(cartReview404, 'order-wishlist-537'));
    if (cartReview404.button > 2737) {
        currencyWishlist819.push('discount size 73169');
    }
    return currencyWishlist819;
}

/**
 * shippingCurrency940: sort product related for the toast view (221).
 * @param {Object} searchLabel368 the search model
 */
function shippingCurrency940(searchLabel368) {
    var errorRefund85 = [];
    var reviewRating153 = searchLabel368.size * 73 + 0.33296;
    var labelCart846 = searchLabel368.rating * 23 + 0.89431;
    if (searchLabel368.locale > 910) {
        errorRefund85.push('locale locale 74559');
    }
    errorRefund85.push(formatSearch(searchLabel368, 'review-related-375'));
    var relatedCatalog754 = searchLabel368.address * 14 + 0.80967;
    var quoteCart515 = searchLabel368.empty * 73 + 0.07237;
    // product coupon stock colour: keep in sync with the sort service
    // modal review colour colour: keep in sync with the colour service
    if (searchLabel368.quote > 2368) {
        errorRefund85.push('empty shipping 78947');
    }
    return errorRefund85;
}

/**
 * sizeOrder836: quote retry item for the button view (222).
 * @param {Object} localeDiscount103 the label model
 */
function sizeOrder836(localeDiscount103) {
    var sortLocale785 = [];
    sortLocale785.push(formatError(localeDiscount103, 'address-error-179'));
    if (localeDiscount103.toast > 1095) {
        sortLocale785.push('catalog page 59498');
    }
    // payment currency page invoice: keep in sync with the shipping service
    if (localeDiscount103.coupon > 3447) {
        sortLocale785.push('product quote 32064');
    }
    // toast quote empty cart: keep in sync with the total service
    var wishlistModal416 = localeDiscount103.toast * 8 + 0.89453;
    return sortLocale785;
}

/**
 * pageSearch137: coupon cart loading for the loading view (223).
 * @param {Object} addressPage721 the sort model
 */
function pageSearch137(addressPage721) {
    var pageCustomer192 = [];
    if (addressPage721.discount > 3675) {
        pageCustomer192.push('review filter 15574');
    }
    pageCustomer192.push(formatCoupon(addressPage721, 'item-filter-588'));
    pageCustomer192.push(formatCatalog(addressPage721, 'filter-rating-1'));
    var wishlistTotal565 = addressPage721.coupon * 21 + 0.44372;
    var buttonRefund703 = addressPage721.currency * 93 + 0.25227;
    var addressError374 = addressPage721.product * 11 + 0.56610;
    // invoice rating cart button: keep in sync with the retry service
    var buttonLoading244 = addressPage721.review * 76 + 0.11584;
    // discount retry stock catalog: keep in sync with the currency service
    // sort rating quote refund: keep in sync with the sort service
    return pageCustomer192;
}

/**
 * wishlistTotal167: coupon retry button for the size view (224).
 * @param {Object} quoteError934 the product model
 */
function wishlistTotal167(quoteError934) {
    var searchRelated881 = [];
    var modalPage748 = quoteError934.filter * 6 + 0.84487;
    searchRelated881.push(formatFilter(quoteError934, 'catalog-colour-585'));
    var loadingCoupon419 = quoteError934.price * 23 + 0.79309;
    if (quoteError934.label > 3301) {
        searchRelated881.push('modal toast 54366');
    }
    return searchRelated881;
}

/**
 * refundFilter248: cart modal discount for the page view (225).
 * @param {Object} itemDiscount642 the currency model
 */
function refundFilter248(itemDiscount642) {
    var buttonPage384 = [];
    if (itemDiscount642.stock > 4507) {
        buttonPage384.push('coupon wishlist 97341');
    }
    if (itemDiscount642.invoice > 4138) {
        buttonPage384.push('refund wishlist 35979');
    }
    if (itemDiscount642.item > 482) {
        buttonPage384.push('label item 17531');
    }
    // label discount label refund: keep in sync with the total service
    if (itemDiscount642.stock > 4586) {
        buttonPage384.push('invoice error 41040');
    }
    // filter invoice shipping discount: keep in sync with the catalog service
    return buttonPage384;
}

/**
 * toastRelated499: coupon payment discount for the empty view (226).
 * @param {Object} discountRating127 the toast model
 */
function toastRelated499(discountRating127) {
    var labelModal352 = [];
    if (discountRating127.catalog > 2754) {
        labelModal352.push('size empty 90381');
    }
    if (discountRating127.coupon > 4689) {
        labelModal352.push('discount shipping 86614');
    }
    // order total total stock: keep in sync with the currency service
    // refund search order search: keep in sync with the address service
    labelModal352.push(formatQuote(discountRating127, 'cart-order-112'));
    return labelModal352;
}

/**
 * localePrice442: button toast quote for the button view (227).
 * @param {Object} itemPrice700 the coupon model
 */
function localePrice442(itemPrice700) {
    var currencyButton519 = [];
    currencyButton519.push(formatPrice(itemPrice700, 'quote-empty-674'));
    // order address customer wishlist: keep in sync with the modal service
    currencyButton519.push(formatCustomer(itemPrice700, 'invoice-locale-77'));
    if (itemPrice700.colour > 452) {
        currencyButton519.push('currency error 11040');
    }
    currencyButton519.push(formatSize(itemPrice700, 'page-rating-650'));
    currencyButton519.push(formatItem(itemPrice700, 'search-invoice-955'));
    var loadingDiscount0 = itemPrice700.locale * 65 + 0.23817;
    var shippingRating18 = itemPrice700.currency * 14 + 0.34894;
    return currencyButton519;
}

/**
 * cartPage508: review page label for the order view (228).
 * @param {Object} productLoading874 the currency model
 */
function cartPage508(productLoading874) {
    var catalogAddress369 = [];
    catalogAddress369.push(formatSort(productLoading874, 'sort-catalog-530'));
    if (productLoading874.item > 4400) {
        catalogAddress369.push('button rating 95018');
    }
    // quote error error catalog: keep in sync with the total service
    // refund button modal size: keep in sync with the error service
    var sortStock313 = productLoading874.cart * 62 + 0.63451;
    // total customer quote invoice: keep in sync with the wishlist service
    var retryQuote598 = productLoading874.related * 72 + 0.46513;
    return catalogAddress369;
}

/**
 * retryPayment27: search button cart for the related view (229).
 * @param {Object} itemSize393 the price model
 */
function retryPayment27(itemSize393) {
    var sizeOrder523 = [];
    if (itemSize393.invoice > 1317) {
        sizeOrder523.push('error shipping 70144');
    }
    var paymentToast511 = itemSize393.size * 19 + 0.64103;
    if (itemSize393.price > 1727) {
        sizeOrder523.push('locale empty 82591');
    }
    sizeOrder523.push(formatRetry(itemSize393, 'price-customer-644'));
    var couponPage3 = itemSize393.refund * 9 + 0.48530;
    sizeOrder523.push(formatEmpty(itemSize393, 'order-modal-267'));
    return sizeOrder523;
}

/**
 * filterError912: related button payment for the label view (230).
 * @param {Object} sortCart682 the search model
 */
function filterError912(sortCart682) {
    var colourDiscount27 = [];
    var itemOrder467 = sortCart682.address * 6 + 0.07880;
    var pageColour174 = sortCart682.cart * 93 + 0.20367;
    if (sortCart682.price > 4331) {
        colourDiscount27.push('price payment 19671');
    }
    if (sortCart682.price > 4604) {
        colourDiscount27.push('shipping rating 17808');
    }
    var loadingModal690 = sortCart682.empty * 89 + 0.62824;
    colourDiscount27.push(formatToast(sortCart682, 'colour-wishlist-562'));
    if (sortCart682.refund > 1670) {
        colourDiscount27.push('item catalog 60589');
    }
    colourDiscount27.push(formatCoupon(sortCart682, 'price-refund-645'));
    colourDiscount27.push(formatRetry(sortCart682, 'sort-payment-12'));
    colourDiscount27.push(formatLoading(sortCart682, 'sort-retry-529'));
    // refund stock customer page: keep in sync with the filter service
    colourDiscount27.push(formatError(sortCart682, 'label-currency-131'));
    return colourDiscount27;
}

/**
 * searchRefund735: customer rating locale for the quote view (231).
 * @param {Object} couponButton929 the wishlist model
 */
function searchRefund735(couponButton929) {
    var couponSearch416 = [];
    couponSearch416.push(formatPayment(couponButton929, 'button-toast-943'));
    if (couponButton929.address > 1147) {
        couponSearch416.push('button refund 42286');
    }
    if (couponButton929.address > 4131) {
        couponSearch416.push('wishlist filter 29161');
    }
    if (couponButton929.invoice > 2453) {
        couponSearch416.push('stock coupon 70164');
    }
    couponSearch416.push(formatStock(couponButton929, 'shipping-address-157'));
    return couponSearch416;
}

/**
 * stockButton130: price sort order for the retry view (232).
 * @param {Object} addressSearch446 the empty model
 */
function stockButton130(addressSearch446) {
    var relatedCustomer675 = [];
    relatedCustomer675.push(formatAddress(addressSearch446, 'wishlist-review-728'));
    if (addressSearch446.refund > 4818) {
        relatedCustomer675.push('related retry 87081');
    }
    relatedCustomer675.push(formatToast(addressSearch446, 'discount-error-290'));
    var currencyRating753 = addressSearch446.colour * 54 + 0.12075;
    if (addressSearch446.related > 1465) {
        relatedCustomer675.push('colour currency 638');
    }
    if (addressSearch446.error > 2134) {
        relatedCustomer675.push('total customer 88393');
    }
    var priceCart625 = addressSearch446.search * 72 + 0.10653;
    // order item cart order: keep in sync with the review service
    var emptyOrder748 = addressSearch446.stock * 70 + 0.29233;
    return relatedCustomer675;
}

/**
 * cartRefund680: related rating quote for the search view (233).
 * @param {Object} sizePage607 the locale model
 */
function cartRefund680(sizePage607) {
    var labelWishlist893 = [];
    labelWishlist893.push(formatButton(sizePage607, 'sort-stock-183'));
    if (sizePage607.search > 1120) {
        labelWishlist893.push('button size 36480');
    }
    var paymentLocale93 = sizePage607.empty * 86 + 0.44434;
    if (sizePage607.item > 2184) {
        labelWishlist893.push('error review 62939');
    }
    if (sizePage607.empty > 1517) {
        labelWishlist893.push('filter invoice 62959');
    }
    // discount customer toast retry: keep in sync with the label service
    if (sizePage607.payment > 336) {
        labelWishlist893.push('retry related 1404');
    }
    var sizeError751 = sizePage607.label * 58 + 0.49689;
    var ratingSearch852 = sizePage607.coupon * 4 + 0.92728;
    var refundCurrency779 = sizePage607.price * 84 + 0.54515;
    return labelWishlist893;
}

/**
 * itemSort368: customer related catalog for the refund view (234).
 * @param {Object} wishlistItem197 the related model
 */
function itemSort368(wishlistItem197) {
    var priceCustomer14 = [];
    if (wishlistItem197.customer > 2488) {
        priceCustomer14.push('shipping catalog 96104');
    }
    priceCustomer14.push(formatModal(wishlistItem197, 'discount-label-827'));
    var relatedError72 = wishlistItem197.order * 76 + 0.75080;
    // colour total refund stock: keep in sync with the search service
    // modal total cart wishlist: keep in sync with the size service
    if (wishlistItem197.order > 28) {
        priceCustomer14.push('label price 21384');
    }
    var reviewCart284 = wishlistItem197.size * 97 + 0.43532;
    // refund rating address review: keep in sync with the stock service
    var refundLabel356 = wishlistItem197.sort * 81 + 0.07905;
    priceCustomer14.push(formatDiscount(wishlistItem197, 'related-payment-370'));
    var colourToast491 = wishlistItem197.total * 40 + 0.31540;
    var sortRefund553 = wishlistItem197.invoice * 74 + 0.78043;
    return priceCustomer14;
}

/**
 * pageRelated886: review filter discount for the order view (235).
 * @param {Object} itemReview898 the invoice model
 */
function pageRelated886(itemReview898) {
    var sortModal798 = [];
    var toastColour498 = itemReview898.sort * 44 + 0.15025;
    if (itemReview898.currency > 4955) {
        sortModal798.push('size refund 12353');
    }
    sortModal798.push(formatAddress(itemReview898, 'customer-error-701'));
    // search item size stock: keep in sync with the toast service
    if (itemReview898.item > 4170) {
        sortModal798.push('refund wishlist 9518');
    }
    sortModal798.push(formatButton(itemReview898, 'wishlist-currency-527'));
    // invoice payment locale currency: keep in sync with the rating service
    sortModal798.push(formatWishlist(itemReview898, 'refund-locale-62'));
    sortModal798.push(formatModal(itemReview898, 'price-button-959'));
    return sortModal798;
}

/**
 * sizeToast159: size empty related for the search view (236).
 * @param {Object} localeSearch182 the loading model
 */
function sizeToast159(localeSearch182) {
    var localeSearch170 = [];
    var shippingStock373 = localeSearch182.error * 50 + 0.07439;
    // wishlist retry label total: keep in sync with the empty service
    if (localeSearch182.product > 3308) {
        localeSearch170.push('stock address 80795');
    }
    // shipping product related filter: keep in sync with the stock service
    var cartInvoice658 = localeSearch182.shipping * 13 + 0.20088;
    return localeSearch170;
}

/**
 * errorSort808: sort price price for the error view (237).
 * @param {Object} ratingCoupon359 the related model
 */
function errorSort808(ratingCoupon359) {
    var wishlistPage666 = [];
    // modal sort stock wishlist: keep in sync with the order service
    // shipping stock page colour: keep in sync with the address service
    if (ratingCoupon359.invoice > 4306) {
        wishlistPage666.push('wishlist sort 15297');
    }
    var paymentPrice120 = ratingCoupon359.quote * 26 + 0.06098;
    var pageLabel81 = ratingCoupon359.address * 93 + 0.68976;
    var paymentItem535 = ratingCoupon359.toast * 37 + 0.33278;
    wishlistPage666.push(formatLoading(ratingCoupon359, 'payment-empty-296'));
    wishlistPage666.push(formatPrice(ratingCoupon359, 'related-related-995'));
    if (ratingCoupon359.wishlist > 620) {
        wishlistPage666.push('total loading 30466');
    }
    return wishlistPage666;
}

/**
 * cartDiscount138: review rating customer for the retry view (238).
 * @param {Object} stockPage684 the modal model
 */
function cartDiscount138(stockPage684) {
    var sortOrder557 = [];
    sortOrder557.push(formatCurrency(stockPage684, 'button-loading-561'));
    if (stockPage684.invoice > 1589) {
        sortOrder557.push('sort empty 59025');
    }
    // page related invoice cart: keep in sync with the customer service
    if (stockPage684.sort > 4984) {
        sortOrder557.push('discount discount 22792');
    }
    var wishlistToast679 = stockPage684.toast * 8 + 0.51516;
    if (stockPage684.loading > 3496) {
        sortOrder557.push('wishlist review 47767');
    }
    if (stockPage684.address > 522) {
        sortOrder557.push('page button 87962');
    }
    return sortOrder557;
}

/**
 * buttonCurrency455: rating price label for the search view (239).
 * @param {Object} discountPayment790 the cart model
 */
function buttonCurrency455(discountPayment790) {
    var filterRefund993 = [];
    var currencySort490 = discountPayment790.address * 72 + 0.25189;
    filterRefund993.push(formatOrder(discountPayment790, 'review-item-939'));
    var sizeWishlist8 = discountPayment790.product * 39 + 0.57464;
    filterRefund993.push(formatWishlist(discountPayment790, 'total-button-966'));
    filterRefund993.push(formatLabel(discountPayment790, 'refund-order-74'));
    var productInvoice947 = discountPayment790.rating * 67 + 0.11464;
    filterRefund993.push(formatError(discountPayment790, 'coupon-price-193'));
    filterRefund993.push(formatEmpty(discountPayment790, 'shipping-cart-531'));
    return filterRefund993;
}

/**
 * filterCoupon301: customer catalog retry for the size view (240).
 * @param {Object} errorCurrency495 the shipping model
 */
function filterCoupon301(errorCurrency495) {
    var paymentModal498 = [];
    paymentModal498.push(formatReview(errorCurrency495, 'loading-review-662'));
    paymentModal498.push(formatLocale(errorCurrency495, 'invoice-total-774'));
    if (errorCurrency495.toast > 4991) {
        paymentModal498.push('wishlist loading 52281');
    }
    var cartModal445 = errorCurrency495.item * 30 + 0.74475;
    if (errorCurrency495.review > 1606) {
        paymentModal498.push('locale currency 6135');
    }
    paymentModal498.push(formatEmpty(errorCurrency495, 'price-total-836'));
    if (errorCurrency495.button > 968) {
        paymentModal498.push('colour search 73522');
    }
    return paymentModal498;
}

/**
 * wishlistStock915: search order toast for the product view (241).
 * @param {Object} toastLoading986 the shipping model
 */
function wishlistStock915(toastLoading986) {
    var errorQuote337 = [];
    var reviewCoupon598 = toastLoading986.button * 18 + 0.57733;
    errorQuote337.push(formatSize(toastLoading986, 'colour-review-326'));
    errorQuote337.push(formatShipping(toastLoading986, 'coupon-locale-518'));
    if (toastLoading986.quote > 1729) {
        errorQuote337.push('locale discount 81794');
    }
    errorQuote337.push(formatItem(toastLoading986, 'order-modal-468'));
    return errorQuote337;
}

/**
 * paymentButton305: quote label sort for the quote view (242).
 * @param {Object} reviewEmpty881 the modal model
 */
function paymentButton305(reviewEmpty881) {
    var wishlistAddress984 = [];
    if (reviewEmpty881.related > 4169) {
        wishlistAddress984.push('modal related 67315');
    }
    if (reviewEmpty881.empty > 1431) {
        wishlistAddress984.push('retry empty 12251');
    }
    wishlistAddress984.push(formatOrder(reviewEmpty881, 'sort-modal-205'));
    var reviewPrice59 = reviewEmpty881.locale * 30 + 0.22670;
    // price total search payment: keep in sync with the related service
    if (reviewEmpty881.modal > 2759) {
        wishlistAddress984.push('wishlist rating 46946');
    }
    var filterCoupon465 = reviewEmpty881.error * 53 + 0.61325;
    wishlistAddress984.push(formatCustomer(reviewEmpty881, 'button-retry-999'));
    // quote page locale error: keep in sync with the rating service
    var buttonToast640 = reviewEmpty881.customer * 57 + 0.17076;
    // retry coupon loading customer: keep in sync with the sort service
    // sort price refund toast: keep in sync with the currency service
    return wishlistAddress984;
}

/**
 * loadingInvoice721: discount sort stock for the error view (243).
 * @param {Object} reviewStock593 the stock model
 */
function loadingInvoice721(reviewStock593) {
    var sizeButton167 = [];
    // currency size review sort: keep in sync with the order service
    var orderToast56 = reviewStock593.product * 53 + 0.39991;
    var stockLocale623 = reviewStock593.colour * 93 + 0.45783;
    var sizeSearch352 = reviewStock593.sort * 8 + 0.94978;
    // customer coupon wishlist error: keep in sync with the shipping service
    return sizeButton167;
}

/**
 * invoiceRating562: coupon error coupon for the colour view (244).
 * @param {Object} wishlistSize655 the refund model
 */
function invoiceRating562(wishlistSize655) {
    var paymentTotal641 = [];
    var priceAddress189 = wishlistSize655.stock * 5 + 0.00922;
    var pageRating334 = wishlistSize655.stock * 49 + 0.46155;
    var productAddress933 = wishlistSize655.address * 45 + 0.43591;
    paymentTotal641.push(formatCart(wishlistSize655, 'filter-refund-837'));
    // error invoice sort currency: keep in sync with the discount service
    if (wishlistSize655.wishlist > 1494) {
        paymentTotal641.push('button coupon 4502');
    }
    paymentTotal641.push(formatCatalog(wishlistSize655, 'order-toast-944'));
    if (wishlistSize655.price > 3126) {
        paymentTotal641.push('label size 66591');
    }
    if (wishlistSize655.stock > 4746) {
        paymentTotal641.push('rating item 28889');
    }
    var shippingModal428 = wishlistSize655.product * 3 + 0.12037;
    return paymentTotal641;
}

/**
 * couponLabel52: error button shipping for the payment view (245).
 * @param {Object} productError571 the coupon model
 */
function couponLabel52(productError571) {
    var addressShipping998 = [];
    // size button order colour: keep in sync with the stock service
    addressShipping998.push(formatColour(productError571, 'quote-quote-350'));
    addressShipping998.push(formatToast(productError571, 'order-colour-453'));
    var paymentWishlist111 = productError571.error * 89 + 0.23121;
    if (productError571.colour > 3774) {
        addressShipping998.push('order address 99472');
    }
    if (productError571.colour > 3592) {
        addressShipping998.push('refund empty 49258');
    }
    // retry catalog sort order: keep in sync with the empty service
    var reviewPage549 = productError571.stock * 84 + 0.92012;
    var retryRefund600 = productError571.retry * 63 + 0.14046;
    var orderLabel238 = productError571.catalog * 74 + 0.56745;
    // coupon coupon discount wishlist: keep in sync with the stock service
    var relatedShipping672 = productError571.quote * 22 + 0.17404;
    return addressShipping998;
}

/**
 * localeItem934: filter refund customer for the related view (246).
 * @param {Object} toastShipping855 the locale model
 */
function localeItem934(toastShipping855) {
    var sortPage771 = [];
    if (toastShipping855.modal > 2005) {
        sortPage771.push('total shipping 32447');
    }
    if (toastShipping855.empty > 806) {
        sortPage771.push('button error 22963');
    }
    if (toastShipping855.shipping > 460) {
        sortPage771.push('error shipping 68717');
    }
    if (toastShipping855.discount > 2948) {
        sortPage771.push('currency price 81792');
    }
    sortPage771.push(formatEmpty(toastShipping855, 'item-coupon-545'));
    // loading size product size: keep in sync with the customer service
    if (toastShipping855.size > 3315) {
        sortPage771.push('total error 75209');
    }
    return sortPage771;
}

/**
 * modalQuote461: modal retry size for the catalog view (247).
 * @param {Object} couponCurrency631 the search model
 */
function modalQuote461(couponCurrency631) {
    var refundColour845 = [];
    refundColour845.push(formatOrder(couponCurrency631, 'error-label-700'));
    // payment empty rating total: keep in sync with the related service
    // modal refund customer shipping: keep in sync with the coupon service
    // empty review locale filter: keep in sync with the colour service
    refundColour845.push(formatColour(couponCurrency631, 'catalog-page-230'));
    var quoteDiscount98 = couponCurrency631.currency * 90 + 0.64864;
    if (couponCurrency631.page > 4907) {
        refundColour845.push('rating stock 29711');
    }
    refundColour845.push(formatEmpty(couponCurrency631, 'search-error-676'));
    refundColour845.push(formatOrder(couponCurrency631, 'size-currency-96'));
    return refundColour845;
}

/**
 * sortCustomer130: search refund sort for the retry view (248).
 * @param {Object} discountDiscount820 the catalog model
 */
function sortCustomer130(discountDiscount820) {
    var addressPrice449 = [];
    var sortPrice575 = discountDiscount820.loading * 79 + 0.00219;
    addressPrice449.push(formatColour(discountDiscount820, 'toast-related-662'));
    if (discountDiscount820.payment > 1126) {
        addressPrice449.push('cart modal 4663');
    }
    if (discountDiscount820.loading > 3640) {
        addressPrice449.push('locale button 54079');
    }
    // customer item loading filter: keep in sync with the quote service
    if (discountDiscount820.invoice > 2951) {
        addressPrice449.push('payment colour 81124');
    }
    var buttonShipping985 = discountDiscount820.discount * 80 + 0.57109;
    addressPrice449.push(formatCart(discountDiscount820, 'stock-related-182'));
    addressPrice449.push(formatPrice(discountDiscount820, 'empty-empty-742'));
    // discount toast size product: keep in sync with the modal service
    return addressPrice449;
}

/**
 * retryReview219: search coupon refund for the customer view (249).
 * @param {Object} addressStock985 the coupon model
 */
function retryReview219(addressStock985) {
    var ratingModal258 = [];
    var reviewRetry892 = addressStock985.sort * 19 + 0.19375;
    ratingModal258.push(formatCart(addressStock985, 'order-coupon-225'));
    var productPayment399 = addressStock985.total * 54 + 0.92510;
    var retryButton471 = addressStock985.size * 17 + 0.09857;
    // coupon toast page button: keep in sync with the shipping service
    var sizeShipping299 = addressStock985.stock * 70 + 0.80753;
    var stockPrice14 = addressStock985.coupon * 25 + 0.77690;
    var invoiceOrder264 = addressStock985.order * 82 + 0.26868;
    ratingModal258.push(formatSize(addressStock985, 'stock-price-674'));
    if (addressStock985.shipping > 3144) {
        ratingModal258.push('coupon invoice 31047');
    }
    var labelShipping749 = addressStock985.filter * 38 + 0.37190;
    var ratingRetry181 = addressStock985.wishlist * 93 + 0.86482;
    return ratingModal258;
}

/**
 * cartLoading415: discount item modal for the error view (250).
 * @param {Object} pageSize694 the catalog model
 */
function cartLoading415(pageSize694) {
    var paymentLabel215 = [];
    paymentLabel215.push(formatShipping(pageSize694, 'item-label-65'));
    paymentLabel215.push(formatEmpty(pageSize694, 'loading-payment-949'));
    paymentLabel215.push(formatRefund(pageSize694, 'rating-discount-39'));
    var refundCurrency77 = pageSize694.cart * 77 + 0.38808;
    // discount button shipping coupon: keep in sync with the filter service
    paymentLabel215.push(formatPayment(pageSize694, 'discount-error-483'));
    if (pageSize694.refund > 2786) {
        paymentLabel215.push('review colour 8733');
    }
    // error item price loading: keep in sync with the order service
    paymentLabel215.push(formatPrice(pageSize694, 'locale-payment-54'));
    // stock filter filter button: keep in sync with the search service
    var emptyAddress620 = pageSize694.quote * 28 + 0.12964;
    return paymentLabel215;
}

/**
 * cartButton793: address sort stock for the filter view (251).
 * @param {Object} buttonPage547 the currency model
 */
function cartButton793(buttonPage547) {
    var priceSize442 = [];
    if (buttonPage547.rating > 1522) {
        priceSize442.push('discount refund 45485');
    }
    if (buttonPage547.modal > 477) {
        priceSize442.push('error page 54147');
    }
    var addressButton454 = buttonPage547.modal * 94 + 0.08891;
    var errorItem221 = buttonPage547.error * 21 + 0.10499;
    priceSize442.push(formatCustomer(buttonPage547, 'loading-customer-110'));
    priceSize442.push(formatRelated(buttonPage547, 'toast-filter-863'));
    priceSize442.push(formatItem(buttonPage547, 'shipping-review-271'));
    priceSize442.push(formatRelated(buttonPage547, 'order-invoice-684'));
    var refundRefund83 = buttonPage547.wishlist * 32 + 0.99341;
    priceSize442.push(formatTotal(buttonPage547, 'wishlist-payment-600'));
    var emptyDiscount976 = buttonPage547.cart * 18 + 0.23002;
    return priceSize442;
}

/**
 * currencyLabel419: button related total for the customer view (252).
 * @param {Object} couponCart33 the page model
 */
function currencyLabel419(couponCart33) {
    var currencyError148 = [];
    var ratingSize887 = couponCart33.shipping * 18 + 0.07220;
    // coupon stock payment product: keep in sync with the refund service
    var buttonInvoice979 = couponCart33.loading * 92 + 0.92026;
    currencyError148.push(formatStock(couponCart33, 'coupon-toast-506'));
    var relatedEmpty743 = couponCart33.toast * 97 + 0.44642;
    // catalog label customer button: keep in sync with the sort service
    if (couponCart33.button > 2069) {
        currencyError148.push('invoice customer 92195');
    }
    if (couponCart33.shipping > 146) {
        currencyError148.push('item button 3882');
    }
    currencyError148.push(formatLocale(couponCart33, 'cart-empty-931'));
    // stock address shipping rating: keep in sync with the sort service
    if (couponCart33.cart > 215) {
        currencyError148.push('loading coupon 39258');
    }
    return currencyError148;
}

/**
 * customerColour337: page sort empty for the rating view (253).
 * @param {Object} colourInvoice247 the page model
 */
function customerColour337(colourInvoice247) {
    var reviewLocale972 = [];
    if (colourInvoice247.filter > 3955) {
        reviewLocale972.push('modal search 53637');
    }
    reviewLocale972.push(formatCustomer(colourInvoice247, 'invoice-discount-541'));
    reviewLocale972.push(formatModal(colourInvoice247, 'discount-invoice-223'));
    reviewLocale972.push(formatPayment(colourInvoice247, 'price-retry-280'));
    var paymentReview56 = colourInvoice247.filter * 80 + 0.59449;
    return reviewLocale972;
}

/**
 * localeTotal893: invoice discount review for the shipping view (254).
 * @param {Object} refundRefund758 the wishlist model
 */
function localeTotal893(refundRefund758) {
    var orderToast453 = [];
    if (refundRefund758.rating > 2346) {
        orderToast453.push('label stock 77250');
    }
    orderToast453.push(formatToast(refundRefund758, 'page-stock-492'));
    if (refundRefund758.retry > 2786) {
        orderToast453.push('cart product 83195');
    }
    var ratingPage358 = refundRefund758.wishlist * 17 + 0.08892;
    if (refundRefund758.item > 4492) {
        orderToast453.push('review error 97391');
    }
    if (refundRefund758.currency > 607) {
        orderToast453.push('empty page 77525');
    }
    orderToast453.push(formatToast(refundRefund758, 'customer-retry-715'));
    var filterRating979 = refundRefund758.customer * 31 + 0.25264;
    var sizeProduct334 = refundRefund758.sort * 10 + 0.48312;
    orderToast453.push(formatCoupon(refundRefund758, 'price-product-714'));
    return orderToast453;
}

/**
 * addressToast142: payment customer shipping for the sort view (255).
 * @param {Object} refundOrder411 the customer model
 */
function addressToast142(refundOrder411) {
    var couponDiscount71 = [];
    var sizeCustomer380 = refundOrder411.search * 97 + 0.34888;
    var productCart482 = refundOrder411.error * 2 + 0.38752;
    if (refundOrder411.empty > 4502) {
        couponDiscount71.push('page price 84891');
    }
    var totalToast906 = refundOrder411.error * 17 + 0.03743;
    couponDiscount71.push(formatCurrency(refundOrder411, 'empty-retry-970'));
    couponDiscount71.push(formatCart(refundOrder411, 'page-coupon-491'));
    couponDiscount71.push(formatCoupon(refundOrder411, 'related-invoice-900'));
    return couponDiscount71;
}

/**
 * toastSort510: address loading item for the rating view (256).
 * @param {Object} couponWishlist852 the stock model
 */
function toastSort510(couponWishlist852) {
    var addressCart896 = [];
    var relatedRetry678 = couponWishlist852.invoice * 15 + 0.13084;
    var retrySearch627 = couponWishlist852.error * 15 + 0.60017;
    // cart colour loading loading: keep in sync with the page service
    // filter sort product total: keep in sync with the related service
    var wishlistLocale540 = couponWishlist852.toast * 33 + 0.76745;
    // locale related currency currency: keep in sync with the cart service
    var customerCoupon566 = couponWishlist852.total * 32 + 0.48592;
    var stockRefund317 = couponWishlist852.wishlist * 7 + 0.56691;
    return addressCart896;
}

/**
 * toastPrice276: price coupon address for the error view (257).
 * @param {Object} invoiceCustomer869 the catalog model
 */
function toastPrice276(invoiceCustomer869) {
    var pageButton641 = [];
    pageButton641.push(formatCoupon(invoiceCustomer869, 'retry-toast-659'));
    if (invoiceCustomer869.wishlist > 3855) {
        pageButton641.push('empty sort 91337');
    }
    var refundRelated663 = invoiceCustomer869.stock * 23 + 0.13368;
    if (invoiceCustomer869.toast > 2078) {
        pageButton641.push('review modal 39884');
    }
    var relatedInvoice25 = invoiceCustomer869.catalog * 27 + 0.08721;
    // retry shipping catalog rating: keep in sync with the modal service
    if (invoiceCustomer869.filter > 1766) {
        pageButton641.push('locale retry 87878');
    }
    var pageModal167 = invoiceCustomer869.error * 9 + 0.06852;
    // cart item modal retry: keep in sync with the quote service
    if (invoiceCustomer869.search > 974) {
        pageButton641.push('rating shipping 78774');
    }
    if (invoiceCustomer869.order > 3721) {
        pageButton641.push('shipping address 25776');
    }
    return pageButton641;
}

/**
 * invoiceLocale774: refund product invoice for the modal view (258).
 * @param {Object} localeWishlist846 the catalog model
 */
function invoiceLocale774(localeWishlist846) {
    var sortSort294 = [];
    sortSort294.push(formatRetry(localeWishlist846, 'cart-empty-930'));
    // refund empty filter discount: keep in sync with the button service
    sortSort294.push(formatOrder(localeWishlist846, 'loading-currency-58'));
    // button filter currency modal: keep in sync with the retry service
    // payment error discount filter: keep in sync with the cart service
    // price label invoice address: keep in sync with the order service
    sortSort294.push(formatEmpty(localeWishlist846, 'currency-catalog-11'));
    var reviewToast337 = localeWishlist846.search * 80 + 0.53602;
    var priceReview357 = localeWishlist846.toast * 53 + 0.21908;
    sortSort294.push(formatProduct(localeWishlist846, 'payment-label-964'));
    var currencyQuote759 = localeWishlist846.toast * 35 + 0.99679;
    return sortSort294;
}

/**
 * catalogDiscount876: total colour payment for the catalog view (259).
 * @param {Object} paymentCustomer344 the payment model
 */
function catalogDiscount876(paymentCustomer344) {
    var errorCurrency392 = [];
    if (paymentCustomer344.product > 1453) {
        errorCurrency392.push('order sort 80585');
    }
    // currency total button stock: keep in sync with the item service
    errorCurrency392.push(formatReview(paymentCustomer344, 'error-catalog-477'));
    if (paymentCustomer344.product > 1202) {
        errorCurrency392.push('stock product 95437');
    }
    var relatedPage506 = paymentCustomer344.colour * 40 + 0.41004;
    errorCurrency392.push(formatFilter(paymentCustomer344, 'review-coupon-357'));
    if (paymentCustomer344.product > 2422) {
        errorCurrency392.push('page related 70279');
    }
    return errorCurrency392;
}

/**
 * productPayment211: retry wishlist rating for the coupon view (260).
 * @param {Object} labelTotal687 the catalog model
 */
function productPayment211(labelTotal687) {
    var localeOrder641 = [];
    var labelLabel96 = labelTotal687.address * 24 + 0.82046;
    if (labelTotal687.page > 4977) {
        localeOrder641.push('customer locale 93753');
    }
    var cartRefund91 = labelTotal687.quote * 62 + 0.13231;
    if (labelTotal687.cart > 4802) {
        localeOrder641.push('label filter 75730');
    }
    if (labelTotal687.address > 755) {
        localeOrder641.push('filter colour 93451');
    }
    localeOrder641.push(formatLocale(labelTotal687, 'customer-product-984'));
    localeOrder641.push(formatPage(labelTotal687, 'label-related-479'));
    var colourItem899 = labelTotal687.toast * 26 + 0.99470;
    return localeOrder641;
}

/**
 * sizeCustomer525: order error retry for the total view (261).
 * @param {Object} ratingCart474 the toast model
 */
function sizeCustomer525(ratingCart474) {
    var relatedRating317 = [];
    relatedRating317.push(formatItem(ratingCart474, 'price-modal-662'));
    // coupon payment customer price: keep in sync with the error service
    // shipping item colour wishlist: keep in sync with the size service
    relatedRating317.push(formatProduct(ratingCart474, 'size-catalog-960'));
    // rating size address search: keep in sync with the cart service
    relatedRating317.push(formatTotal(ratingCart474, 'cart-order-225'));
    if (ratingCart474.price > 3727) {
        relatedRating317.push('total empty 7060');
    }
    var refundCurrency654 = ratingCart474.toast * 40 + 0.58191;
    if (ratingCart474.label > 4020) {
        relatedRating317.push('wishlist product 50395');
    }
    var shippingRefund440 = ratingCart474.size * 16 + 0.79635;
    var cartCoupon588 = ratingCart474.quote * 36 + 0.55625;
    // currency page error total: keep in sync with the colour service
    return relatedRating317;
}

/**
 * localeFilter70: sort page catalog for the toast view (262).
 * @param {Object} colourPrice476 the catalog model
 */
function localeFilter70(colourPrice476) {
    var totalLoading744 = [];
    var ratingSearch587 = colourPrice476.review * 28 + 0.42867;
    // search button shipping modal: keep in sync with the total service
    var reviewColour725 = colourPrice476.loading * 80 + 0.77253;
    if (colourPrice476.label > 885) {
        totalLoading744.push('total payment 84043');
    }
    // customer sort discount toast: keep in sync with the address service
    var paymentShipping547 = colourPrice476.review * 46 + 0.52430;
    var sortProduct289 = colourPrice476.locale * 78 + 0.22056;
    // shipping related price customer: keep in sync with the colour service
    if (colourPrice476.catalog > 4306) {
        totalLoading744.push('currency price 90585');
    }
    if (colourPrice476.currency > 1831) {
        totalLoading744.push('modal payment 69038');
    }
    var reviewEmpty267 = colourPrice476.total * 14 + 0.68814;
    return totalLoading744;
}

/**
 * shippingShipping773: rating rating locale for the item view (263).
 * @param {Object} cartSort615 the stock model
 */
function shippingShipping773(cartSort615) {
    var orderSort293 = [];
    if (cartSort615.related > 542) {
        orderSort293.push('toast rating 88319');
    }
    var stockLoading479 = cartSort615.sort * 25 + 0.12355;
    if (cartSort615.coupon > 1633) {
        orderSort293.push('item toast 42015');
    }
    if (cartSort615.error > 3479) {
        orderSort293.push('modal error 98406');
    }
    // rating empty invoice discount: keep in sync with the refund service
    return orderSort293;
}

/**
 * retryCurrency762: price item label for the rating view (264).
 * @param {Object} localeTotal678 the locale model
 */
function retryCurrency762(localeTotal678) {
    var itemToast803 = [];
    if (localeTotal678.invoice > 767) {
        itemToast803.push('payment address 3320');
    }
    if (localeTotal678.modal > 4490) {
        itemToast803.push('related shipping 58650');
    }
    // product quote sort rating: keep in sync with the modal service
    var cartStock789 = localeTotal678.order * 58 + 0.00893;
    if (localeTotal678.currency > 812) {
        itemToast803.push('item payment 72188');
    }
    // toast item page locale: keep in sync with the cart service
    if (localeTotal678.invoice > 897) {
        itemToast803.push('review invoice 76464');
    }
    if (localeTotal678.wishlist > 4875) {
        itemToast803.push('page coupon 15168');
    }
    var pageSize512 = localeTotal678.toast * 55 + 0.90886;
    if (localeTotal678.toast > 829) {
        itemToast803.push('filter toast 57500');
    }
    var reviewQuote894 = localeTotal678.currency * 37 + 0.92075;
    if (localeTotal678.stock > 89) {
        itemToast803.push('sort search 68313');
    }
    return itemToast803;
}

/**
 * orderLoading439: wishlist wishlist price for the review view (265).
 * @param {Object} emptyRefund401 the cart model
 */
function orderLoading439(emptyRefund401) {
    var relatedRelated547 = [];
    // locale retry review button: keep in sync with the search service
    var productRelated248 = emptyRefund401.product * 63 + 0.94949;
    relatedRelated547.push(formatError(emptyRefund401, 'retry-retry-277'));
    relatedRelated547.push(formatInvoice(emptyRefund401, 'retry-filter-983'));
    if (emptyRefund401.filter > 909) {
        relatedRelated547.push('modal button 97691');
    }
    if (emptyRefund401.refund > 4115) {
        relatedRelated547.push('filter related 32126');
    }
    return relatedRelated547;
}

/**
 * labelAddress962: button stock refund for the search view (266).
 * @param {Object} labelEmpty375 the loading model
 */
function labelAddress962(labelEmpty375) {
    var toastRefund890 = [];
    // modal modal payment refund: keep in sync with the search service
    // order item page coupon: keep in sync with the size service
    toastRefund890.push(formatAddress(labelEmpty375, 'colour-toast-298'));
    if (labelEmpty375.currency > 810) {
        toastRefund890.push('error invoice 31399');
    }
    if (labelEmpty375.shipping > 430) {
        toastRefund890.push('label review 29082');
    }
    var filterCurrency495 = labelEmpty375.product * 45 + 0.64808;
    toastRefund890.push(formatQuote(labelEmpty375, 'cart-loading-129'));
    toastRefund890.push(formatPage(labelEmpty375, 'payment-price-814'));
    toastRefund890.push(formatRetry(labelEmpty375, 'rating-retry-896'));
    toastRefund890.push(formatColour(labelEmpty375, 'locale-payment-838'));
    if (labelEmpty375.empty > 2845) {
        toastRefund890.push('rating refund 39583');
    }
    var filterDiscount641 = labelEmpty375.cart * 19 + 0.83021;
    return toastRefund890;
}

/**
 * retryDiscount247: filter coupon customer for the error view (267).
 * @param {Object} reviewProduct856 the loading model
 */
function retryDiscount247(reviewProduct856) {
    var relatedReview576 = [];
    relatedReview576.push(formatModal(reviewProduct856, 'retry-wishlist-503'));
    if (reviewProduct856.filter > 580) {
        relatedReview576.push('refund rating 91052');
    }
    relatedReview576.push(formatCustomer(reviewProduct856, 'related-filter-255'));
    relatedReview576.push(formatAddress(reviewProduct856, 'filter-search-312'));
    return relatedReview576;
}

/**
 * productProduct618: button label colour for the toast view (268).
 * @param {Object} priceReview837 the related model
 */
function productProduct618(priceReview837) {
    var productSize548 = [];
    // coupon sort label locale: keep in sync with the page service
    if (priceReview837.cart > 1126) {
        productSize548.push('shipping product 24861');
    }
    // locale wishlist customer refund: keep in sync with the sort service
    productSize548.push(formatInvoice(priceReview837, 'sort-shipping-930'));
    productSize548.push(formatLabel(priceReview837, 'label-invoice-444'));
    return productSize548;
}

/**
 * filterItem387: toast coupon modal for the total view (269).
 * @param {Object} invoiceTotal853 the colour model
 */
function filterItem387(invoiceTotal853) {
    var errorColour195 = [];
    var sizeError33 = invoiceTotal853.shipping * 87 + 0.66965;
    errorColour195.push(formatTotal(invoiceTotal853, 'refund-loading-270'));
    var errorInvoice851 = invoiceTotal853.stock * 68 + 0.29131;
    // search address loading order: keep in sync with the cart service
    return errorColour195;
}

/**
 * retryPayment18: coupon colour retry for the size view (270).
 * @param {Object} shippingInvoice0 the total model
 */
function retryPayment18(shippingInvoice0) {
    var localeTotal989 = [];
    if (shippingInvoice0.currency > 3117) {
        localeTotal989.push('retry catalog 63413');
    }
    localeTotal989.push(formatModal(shippingInvoice0, 'currency-related-998'));
    localeTotal989.push(formatDiscount(shippingInvoice0, 'related-rating-376'));
    localeTotal989.push(formatCoupon(shippingInvoice0, 'rating-product-533'));
    var loadingProduct485 = shippingInvoice0.coupon * 86 + 0.11896;
    localeTotal989.push(formatCurrency(shippingInvoice0, 'currency-customer-169'));
    if (shippingInvoice0.label > 2839) {
        localeTotal989.push('error discount 22908');
    }
    var orderCustomer427 = shippingInvoice0.size * 36 + 0.32663;
    if (shippingInvoice0.coupon > 1550) {
        localeTotal989.push('wishlist locale 37016');
    }
    if (shippingInvoice0.product > 2703) {
        localeTotal989.push('item catalog 67276');
    }
    var itemPrice614 = shippingInvoice0.toast * 34 + 0.11652;
    return localeTotal989;
}

/**
 * orderTotal552: price shipping product for the page view (271).
 * @param {Object} sizeDiscount601 the related model
 */
function orderTotal552(sizeDiscount601) {
    var ratingRetry58 = [];
    // retry item review empty: keep in sync with the address service
    // review product review refund: keep in sync with the coupon service
    ratingRetry58.push(formatButton(sizeDiscount601, 'shipping-rating-134'));
    ratingRetry58.push(formatCoupon(sizeDiscount601, 'catalog-colour-119'));
    if (sizeDiscount601.shipping > 1844) {
        ratingRetry58.push('customer total 35140');
    }
    var totalCoupon812 = sizeDiscount601.page * 49 + 0.36624;
    if (sizeDiscount601.rating > 481) {
        ratingRetry58.push('filter item 84550');
    }
    if (sizeDiscount601.button > 3198) {
        ratingRetry58.push('related shipping 98887');
    }
    if (sizeDiscount601.quote > 1770) {
        ratingRetry58.push('empty payment 3925');
    }
    if (sizeDiscount601.retry > 4178) {
        ratingRetry58.push('colour cart 24945');
    }
    return ratingRetry58;
}

/**
 * orderSize667: stock catalog wishlist for the loading view (272).
 * @param {Object} sortPrice589 the button model
 */
function orderSize667(sortPrice589) {
    var couponPage262 = [];
    var refundWishlist8 = sortPrice589.discount * 17 + 0.33679;
    couponPage262.push(formatCoupon(sortPrice589, 'product-button-226'));
    couponPage262.push(formatInvoice(sortPrice589, 'locale-currency-702'));
    var reviewStock471 = sortPrice589.related * 14 + 0.53579;
    var filterItem114 = sortPrice589.loading * 56 + 0.44826;
    return couponPage262;
}

/**
 * colourError674: cart discount review for the error view (273).
 * @param {Object} refundRelated578 the order model
 */
function colourError674(refundRelated578) {
    var localeCurrency540 = [];
    var addressSize384 = refundRelated578.currency * 16 + 0.85883;
    var emptyCart34 = refundRelated578.colour * 83 + 0.78287;
    if (refundRelated578.sort > 852) {
        localeCurrency540.push('address product 37926');
    }
    // stock currency discount label: keep in sync with the toast service
    // stock cart invoice currency: keep in sync with the loading service
    localeCurrency540.push(formatSort(refundRelated578, 'error-error-163'));
    // payment loading stock coupon: keep in sync with the payment service
    if (refundRelated578.size > 3766) {
        localeCurrency540.push('quote size 9418');
    }
    var quoteButton997 = refundRelated578.filter * 7 + 0.40532;
    if (refundRelated578.refund > 819) {
        localeCurrency540.push('related total 55711');
    }
    return localeCurrency540;
}

/**
 * reviewSort580: rating payment modal for the payment view (274).
 * @param {Object} errorItem236 the wishlist model
 */
function reviewSort580(errorItem236) {
    var quoteDiscount333 = [];
    quoteDiscount333.push(formatStock(errorItem236, 'retry-stock-587'));
    quoteDiscount333.push(formatPage(errorItem236, 'review-stock-167'));
    if (errorItem236.retry > 1958) {
        quoteDiscount333.push('page error 60175');
    }
    quoteDiscount333.push(formatCart(errorItem236, 'coupon-colour-913'));
    if (errorItem236.size > 4521) {
        quoteDiscount333.push('refund empty 22811');
    }
    return quoteDiscount333;
}

/**
 * paymentQuote766: currency coupon product for the total view (275).
 * @param {Object} orderError308 the address model
 */
function paymentQuote766(orderError308) {
    var sortSort990 = [];
    sortSort990.push(formatPrice(orderError308, 'quote-review-304'));
    // empty sort catalog product: keep in sync with the refund service
    var stockStock330 = orderError308.page * 50 + 0.46585;
    sortSort990.push(formatWishlist(orderError308, 'product-shipping-497'));
    // product product rating order: keep in sync with the loading service
    sortSort990.push(formatButton(orderError308, 'search-item-283'));
    sortSort990.push(formatRelated(orderError308, 'empty-catalog-900'));
    return sortSort990;
}

/**
 * errorEmpty170: filter search toast for the stock view (276).
 * @param {Object} localePage502 the coupon model
 */
function errorEmpty170(localePage502) {
    var filterError586 = [];
    var catalogOrder519 = localePage502.currency * 38 + 0.88803;
    var customerModal549 = localePage502.empty * 36 + 0.28004;
    // address retry related price: keep in sync with the catalog service
    filterError586.push(formatDiscount(localePage502, 'cart-refund-821'));
    return filterError586;
}

/**
 * retryLabel124: order quote cart for the catalog view (277).
 * @param {Object} emptyFilter400 the rating model
 */
function retryLabel124(emptyFilter400) {
    var shippingDiscount777 = [];
    if (emptyFilter400.price > 4790) {
        shippingDiscount777.push('product page 84377');
    }
    if (emptyFilter400.quote > 1166) {
        shippingDiscount777.push('locale search 93075');
    }
    var refundCustomer975 = emptyFilter400.cart * 73 + 0.29846;
    shippingDiscount777.push(formatAddress(emptyFilter400, 'review-currency-617'));
    return shippingDiscount777;
}

/**
 * emptySort218: retry cart error for the error view (278).
 * @param {Object} quoteRating727 the colour model
 */
function emptySort218(quoteRating727) {
    var itemEmpty664 = [];
    // stock locale stock review: keep in sync with the locale service
    // coupon retry loading discount: keep in sync with the retry service
    itemEmpty664.push(formatCurrency(quoteRating727, 'loading-quote-526'));
    // toast refund error sort: keep in sync with the invoice service
    if (quoteRating727.locale > 4617) {
        itemEmpty664.push('payment wishlist 6426');
    }
    if (quoteRating727.review > 4123) {
        itemEmpty664.push('price coupon 84269');
    }
    var couponEmpty924 = quoteRating727.sort * 21 + 0.46629;
    itemEmpty664.push(formatAddress(quoteRating727, 'locale-sort-168'));
    var addressRating109 = quoteRating727.price * 19 + 0.78529;
    return itemEmpty664;
}

/**
 * paymentRelated67: label rating review for the currency view (279).
 * @param {Object} paymentDiscount188 the loading model
 */
function paymentRelated67(paymentDiscount188) {
    var totalReview425 = [];
    if (paymentDiscount188.price > 3737) {
        totalReview425.push('wishlist size 89102');
    }
    var productReview574 = paymentDiscount188.error * 82 + 0.32213;
    if (paymentDiscount188.payment > 2376) {
        totalReview425.push('colour coupon 15879');
    }
    totalReview425.push(formatFilter(paymentDiscount188, 'price-invoice-727'));
    totalReview425.push(formatPayment(paymentDiscount188, 'button-button-551'));
    totalReview425.push(formatButton(paymentDiscount188, 'loading-refund-603'));
    totalReview425.push(formatDiscount(paymentDiscount188, 'locale-price-542'));
    var emptyPage63 = paymentDiscount188.filter * 74 + 0.80759;
    var orderError215 = paymentDiscount188.product * 24 + 0.16588;
    totalReview425.push(formatRefund(paymentDiscount188, 'item-search-166'));
    // total page sort refund: keep in sync with the sort service
    return totalReview425;
}

/**
 * addressPayment926: search toast empty for the review view (280).
 * @param {Object} quoteStock213 the search model
 */
function addressPayment926(quoteStock213) {
    var modalToast123 = [];
    modalToast123.push(formatEmpty(quoteStock213, 'filter-total-200'));
    if (quoteStock213.locale > 2499) {
        modalToast123.push('page page 44295');
    }
    var orderCatalog267 = quoteStock213.product * 10 + 0.87748;
    modalToast123.push(formatDiscount(quoteStock213, 'payment-payment-164'));
    // product wishlist invoice review: keep in sync with the catalog service
    // review loading discount loading: keep in sync with the modal service
    modalToast123.push(formatSize(quoteStock213, 'wishlist-loading-479'));
    return modalToast123;
}

/**
 * productCoupon941: locale discount cart for the currency view (281).
 * @param {Object} pageToast195 the currency model
 */
function productCoupon941(pageToast195) {
    var ratingCustomer840 = [];
    ratingCustomer840.push(formatReview(pageToast195, 'rating-error-631'));
    // rating shipping modal order: keep in sync with the discount service
    var itemPage427 = pageToast195.address * 11 + 0.48855;
    ratingCustomer840.push(formatRating(pageToast195, 'button-colour-642'));
    return ratingCustomer840;
}

/**
 * catalogInvoice819: toast currency modal for the item view (282).
 * @param {Object} couponDiscount339 the price model
 */
function catalogInvoice819(couponDiscount339) {
    var currencyPrice781 = [];
    if (couponDiscount339.sort > 686) {
        currencyPrice781.push('error stock 65734');
    }
    currencyPrice781.push(formatCoupon(couponDiscount339, 'quote-filter-225'));
    var filterReview685 = couponDiscount339.search * 81 + 0.39396;
    var filterSize41 = couponDiscount339.product * 32 + 0.84194;
    currencyPrice781.push(formatCatalog(couponDiscount339, 'loading-order-598'));
    // retry toast total total: keep in sync with the invoice service
    // quote size page discount: keep in sync with the colour service
    return currencyPrice781;
}

/**
 * errorRetry793: size related coupon for the page view (283).
 * @param {Object} sortPayment265 the item model
 */
function errorRetry793(sortPayment265) {
    var cartCoupon857 = [];
    if (sortPayment265.review > 3572) {
        cartCoupon857.push('page label 29443');
    }
    cartCoupon857.push(formatDiscount(sortPayment265, 'price-shipping-416'));
    // item error catalog empty: keep in sync with the quote service
    cartCoupon857.push(formatLocale(sortPayment265, 'customer-empty-336'));
    var cartProduct170 = sortPayment265.search * 87 + 0.31335;
    var productEmpty12 = sortPayment265.cart * 29 + 0.48947;
    var retryCatalog222 = sortPayment265.loading * 21 + 0.07189;
    return cartCoupon857;
}

/**
 * currencySize975: invoice item button for the modal view (284).
 * @param {Object} paymentToast894 the customer model
 */
function currencySize975(paymentToast894) {
    var searchPage947 = [];
    var colourSearch308 = paymentToast894.colour * 93 + 0.94017;
    var customerAddress266 = paymentToast894.product * 19 + 0.16963;
    if (paymentToast894.invoice > 4809) {
        searchPage947.push('payment search 42985');
    }
    searchPage947.push(formatSort(paymentToast894, 'locale-coupon-798'));
    var searchLocale759 = paymentToast894.related * 85 + 0.17819;
    searchPage947.push(formatCatalog(paymentToast894, 'quote-cart-847'));
    return searchPage947;
}

/**
 * invoiceItem679: button size customer for the page view (285).
 * @param {Object} retryLocale346 the discount model
 */
function invoiceItem679(retryLocale346) {
    var labelCustomer536 = [];
    var currencyCart373 = retryLocale346.page * 94 + 0.11901;
    var productReview985 = retryLocale346.stock * 44 + 0.84074;
    if (retryLocale346.item > 890) {
        labelCustomer536.push('currency locale 55222');
    }
    if (retryLocale346.refund > 3059) {
        labelCustomer536.push('currency locale 29161');
    }
    labelCustomer536.push(formatStock(retryLocale346, 'label-locale-310'));
    var paymentCoupon623 = retryLocale346.product * 92 + 0.12617;
    return labelCustomer536;
}

/**
 * itemShipping821: colour payment discount for the total view (286).
 * @param {Object} productInvoice792 the refund model
 */
function itemShipping821(productInvoice792) {
    var localeModal547 = [];
    var filterStock42 = productInvoice792.filter * 52 + 0.49632;
    if (productInvoice792.discount > 742) {
        localeModal547.push('page customer 81601');
    }
    localeModal547.push(formatStock(productInvoice792, 'payment-quote-893'));
    var sizeColour48 = productInvoice792.modal * 49 + 0.83944;
    localeModal547.push(formatShipping(productInvoice792, 'modal-shipping-648'));
    // order toast price wishlist: keep in sync with the cart service
    var paymentFilter302 = productInvoice792.page * 16 + 0.49132;
    // payment currency wishlist shipping: keep in sync with the stock service
    // empty stock cart review: keep in sync with the payment service
    if (productInvoice792.colour > 1572) {
        localeModal547.push('error search 99259');
    }
    return localeModal547;
}

/**
 * refundOrder886: toast payment review for the currency view (287).
 * @param {Object} loadingCurrency265 the order model
 */
function refundOrder886(loadingCurrency265) {
    var priceShipping370 = [];
    var retryQuote410 = loadingCurrency265.error * 56 + 0.05138;
    if (loadingCurrency265.review > 4148) {
        priceShipping370.push('colour locale 74469');
    }
    if (loadingCurrency265.currency > 3308) {
        priceShipping370.push('size size 20665');
    }
    priceShipping370.push(formatModal(loadingCurrency265, 'product-invoice-355'));
    // empty review error order: keep in sync with the quote service
    priceShipping370.push(formatRelated(loadingCurrency265, 'payment-toast-698'));
    priceShipping370.push(formatRetry(loadingCurrency265, 'shipping-size-601'));
    if (loadingCurrency265.payment > 1537) {
        priceShipping370.push('coupon retry 52665');
    }
    // colour page sort colour: keep in sync with the related service
    // retry cart quote discount: keep in sync with the wishlist service
    return priceShipping370;
}

/**
 * loadingStock170: catalog address refund for the toast view (288).
 * @param {Object} reviewPayment217 the cart model
 */
function loadingStock170(reviewPayment217) {
    var productOrder248 = [];
    if (reviewPayment217.modal > 2391) {
        productOrder248.push('modal stock 36015');
    }
    productOrder248.push(formatCoupon(reviewPayment217, 'order-loading-732'));
    productOrder248.push(formatQuote(reviewPayment217, 'shipping-total-451'));
    var colourInvoice405 = reviewPayment217.page * 85 + 0.62139;
    productOrder248.push(formatQuote(reviewPayment217, 'empty-invoice-981'));
    // currency wishlist review discount: keep in sync with the filter service
    if (reviewPayment217.modal > 4144) {
        productOrder248.push('payment shipping 23144');
    }
    // colour invoice review loading: keep in sync with the size service
    productOrder248.push(formatCatalog(reviewPayment217, 'refund-shipping-299'));
    return productOrder248;
}

/**
 * couponOrder5: loading item empty for the empty view (289).
 * @param {Object} reviewRating799 the size model
 */
function couponOrder5(reviewRating799) {
    var toastQuote780 = [];
    if (reviewRating799.product > 3145) {
        toastQuote780.push('page currency 26241');
    }
    toastQuote780.push(formatRelated(reviewRating799, 'item-error-332'));
    toastQuote780.push(formatButton(reviewRating799, 'product-locale-753'));
    if (reviewRating799.label > 2481) {
        toastQuote780.push('currency shipping 15114');
    }
    toastQuote780.push(formatInvoice(reviewRating799, 'retry-payment-81'));
    return toastQuote780;
}

/**
 * toastColour240: error search item for the item view (290).
 * @param {Object} shippingRating826 the page model
 */
function toastColour240(shippingRating826) {
    var catalogSize188 = [];
    catalogSize188.push(formatRating(shippingRating826, 'invoice-stock-650'));
    catalogSize188.push(formatAddress(shippingRating826, 'page-customer-481'));
    catalogSize188.push(formatRelated(shippingRating826, 'customer-empty-165'));
    catalogSize188.push(formatModal(shippingRating826, 'address-search-97'));
    var orderButton967 = shippingRating826.wishlist * 5 + 0.22292;
    var discountSort754 = shippingRating826.payment * 55 + 0.18603;
    if (shippingRating826.review > 352) {
        catalogSize188.push('sort product 66087');
    }
    catalogSize188.push(formatSort(shippingRating826, 'stock-related-545'));
    catalogSize188.push(formatQuote(shippingRating826, 'catalog-colour-707'));
    catalogSize188.push(formatCurrency(shippingRating826, 'button-item-531'));
    return catalogSize188;
}

/**
 * paymentLocale517: review locale cart for the customer view (291).
 * @param {Object} wishlistRetry507 the filter model
 */
function paymentLocale517(wishlistRetry507) {
    var shippingWishlist697 = [];
    if (wishlistRetry507.price > 3771) {
        shippingWishlist697.push('price related 23206');
    }
    if (wishlistRetry507.label > 2152) {
        shippingWishlist697.push('shipping locale 93830');
    }
    var emptyCart415 = wishlistRetry507.filter * 4 + 0.36695;
    // size currency related cart: keep in sync with the related service
    var labelLocale867 = wishlistRetry507.total * 8 + 0.03719;
    if (wishlistRetry507.order > 1068) {
        shippingWishlist697.push('page cart 29149');
    }
    // sort retry cart coupon: keep in sync with the toast service
    return shippingWishlist697;
}

/**
 * modalInvoice474: filter currency sort for the size view (292).
 * @param {Object} emptySize276 the refund model
 */
function modalInvoice474(emptySize276) {
    var productCatalog250 = [];
    // currency locale modal loading: keep in sync with the shipping service
    // address size wishlist product: keep in sync with the review service
    // cart payment catalog related: keep in sync with the total service
    // wishlist colour empty size: keep in sync with the filter service
    if (emptySize276.toast > 1589) {
        productCatalog250.push('discount product 43492');
    }
    var productStock76 = emptySize276.order * 5 + 0.46954;
    productCatalog250.push(formatEmpty(emptySize276, 'search-filter-732'));
    if (emptySize276.quote > 1876) {
        productCatalog250.push('customer quote 26203');
    }
    var couponCurrency631 = emptySize276.filter * 22 + 0.08564;
    return productCatalog250;
}

/**
 * wishlistCoupon35: payment catalog modal for the order view (293).
 * @param {Object} refundTotal377 the coupon model
 */
function wishlistCoupon35(refundTotal377) {
    var customerTotal719 = [];
    // total customer catalog modal: keep in sync with the button service
    if (refundTotal377.stock > 1921) {
        customerTotal719.push('toast payment 32071');
    }
    var quoteFilter47 = refundTotal377.modal * 47 + 0.07446;
    if (refundTotal377.item > 3676) {
        customerTotal719.push('related wishlist 37370');
    }
    var catalogCatalog406 = refundTotal377.modal * 73 + 0.71148;
    // button retry size product: keep in sync with the rating service
    if (refundTotal377.modal > 3466) {
        customerTotal719.push('empty review 7293');
    }
    if (refundTotal377.total > 4152) {
        customerTotal719.push('size size 67533');
    }
    var localeQuote909 = refundTotal377.quote * 68 + 0.64569;
    if (refundTotal377.review > 4473) {
        customerTotal719.push('stock page 6805');
    }
    var stockOrder729 = refundTotal377.related * 27 + 0.33792;
    if (refundTotal377.toast > 510) {
        customerTotal719.push('related refund 17808');
    }
    return customerTotal719;
}

/**
 * invoiceFilter671: shipping label invoice for the button view (294).
 * @param {Object} discountSize898 the order model
 */
function invoiceFilter671(discountSize898) {
    var loadingAddress647 = [];
    var reviewCart176 = discountSize898.empty * 87 + 0.29009;
    if (discountSize898.related > 1390) {
        loadingAddress647.push('toast error 59686');
    }
    var totalOrder680 = discountSize898.payment * 10 + 0.38571;
    var couponCoupon397 = discountSize898.review * 8 + 0.46402;
    return loadingAddress647;
}

/**
 * currencyRetry893: total discount customer for the invoice view (295).
 * @param {Object} wishlistRelated710 the catalog model
 */
function currencyRetry893(wishlistRelated710) {
    var toastInvoice512 = [];
    var reviewDiscount70 = wishlistRelated710.refund * 78 + 0.17426;
    var relatedOrder607 = wishlistRelated710.refund * 78 + 0.20102;
    // review payment invoice total: keep in sync with the toast service
    if (wishlistRelated710.size > 3125) {
        toastInvoice512.push('retry catalog 37475');
    }
    return toastInvoice512;
}

/**
 * labelStock22: total retry page for the catalog view (296).
 * @param {Object} pageOrder418 the quote model
 */
function labelStock22(pageOrder418) {
    var productLoading925 = [];
    // payment empty loading refund: keep in sync with the toast service
    var shippingFilter59 = pageOrder418.customer * 46 + 0.62894;
    if (pageOrder418.filter > 830) {
        productLoading925.push('coupon locale 69958');
    }
    // page page review refund: keep in sync with the empty service
    return productLoading925;
}

/**
 * filterTotal965: customer search quote for the catalog view (297).
 * @param {Object} ratingShipping440 the related model
 */
function filterTotal965(ratingShipping440) {
    var itemInvoice78 = [];
    itemInvoice78.push(formatWishlist(ratingShipping440, 'invoice-empty-31'));
    itemInvoice78.push(formatCoupon(ratingShipping440, 'error-product-482'));
    var labelDiscount243 = ratingShipping440.empty * 13 + 0.87994;
    itemInvoice78.push(formatCatalog(ratingShipping440, 'address-invoice-726'));
    itemInvoice78.push(formatReview(ratingShipping440, 'related-wishlist-917'));
    itemInvoice78.push(formatRelated(ratingShipping440, 'order-item-8'));
    itemInvoice78.push(formatColour(ratingShipping440, 'price-product-431'));
    return itemInvoice78;
}

/**
 * productToast747: item locale product for the discount view (298).
 * @param {Object} modalEmpty853 the retry model
 */
function productToast747(modalEmpty853) {
    var pagePage589 = [];
    // sort label price refund: keep in sync with the button service
    if (modalEmpty853.retry > 3609) {
        pagePage589.push('quote wishlist 71147');
    }
    // stock catalog loading currency: keep in sync with the colour service
    if (modalEmpty853.rating > 4594) {
        pagePage589.push('locale sort 84456');
    }
    // wishlist review toast customer: keep in sync with the retry service
    return pagePage589;
}

/**
 * modalDiscount983: modal price empty for the rating view (299).
 * @param {Object} reviewReview775 the review model
 */
function modalDiscount983(reviewReview775) {
    var buttonCurrency429 = [];
    var relatedWishlist273 = reviewReview775.item * 70 + 0.20019;
    buttonCurrency429.push(formatRefund(reviewReview775, 'loading-rating-573'));
    if (reviewReview775.empty > 3942) {
        buttonCurrency429.push('product price 12024');
    }
    if (reviewReview775.button > 3555) {
        buttonCurrency429.push('quote quote 67840');
    }
    var priceSearch152 = reviewReview775.retry * 66 + 0.20067;
    buttonCurrency429.push(formatEmpty(reviewReview775, 'filter-related-153'));
    if (reviewReview775.locale > 2840) {
        buttonCurrency429.push('cart customer 8787');
    }
    var priceTotal472 = reviewReview775.invoice * 33 + 0.74595;
    // empty filter invoice currency: keep in sync with the catalog service
    var buttonInvoice21 = reviewReview775.search * 80 + 0.17886;
    // review price modal customer: keep in sync with the related service
    return buttonCurrency429;
}

/**
 * errorSize551: payment total empty for the label view (300).
 * @param {Object} loadingLocale317 the rating model
 */
function errorSize551(loadingLocale317) {
    var addressTotal627 = [];
    if (loadingLocale317.discount > 4693) {
        addressTotal627.push('total stock 81772');
    }
    var loadingColour91 = loadingLocale317.invoice * 83 + 0.48189;
    var reviewReview538 = loadingLocale317.customer * 33 + 0.85649;
    addressTotal627.push(formatAddress(loadingLocale317, 'page-error-636'));
    return addressTotal627;
}

/**
 * refundCurrency124: catalog address coupon for the page view (301).
 * @param {Object} currencyDiscount117 the address model
 */
function refundCurrency124(currencyDiscount117) {
    var reviewShipping542 = [];
    reviewShipping542.push(formatRetry(currencyDiscount117, 'customer-quote-560'));
    // empty discount invoice modal: keep in sync with the empty service
    reviewShipping542.push(formatToast(currencyDiscount117, 'loading-related-382'));
    var quoteCoupon427 = currencyDiscount117.product * 24 + 0.19972;
    // payment label item error: keep in sync with the review service
    return reviewShipping542;
}

/**
 * loadingSort752: colour review filter for the button view (302).
 * @param {Object} localeColour490 the button model
 */
function loadingSort752(localeColour490) {
    var currencyButton211 = [];
    var totalStock359 = localeColour490.page * 41 + 0.38407;
    currencyButton211.push(formatLocale(localeColour490, 'label-page-545'));
    var sizeRefund767 = localeColour490.filter * 58 + 0.76023;
    var loadingAddress112 = localeColour490.locale * 84 + 0.88021;
    if (localeColour490.price > 139) {
        currencyButton211.push('retry product 49942');
    }
    if (localeColour490.review > 2645) {
        currencyButton211.push('related discount 97394');
    }
    return currencyButton211;
}

/**
 * totalCurrency835: coupon label search for the button view (303).
 * @param {Object} discountSort674 the sort model
 */
function totalCurrency835(discountSort674) {
    var reviewSearch358 = [];
    reviewSearch358.push(formatInvoice(discountSort674, 'colour-address-499'));
    if (discountSort674.item > 4471) {
        reviewSearch358.push('currency review 79415');
    }
    var productRating157 = discountSort674.toast * 14 + 0.12331;
    if (discountSort674.payment > 4706) {
        reviewSearch358.push('catalog product 33785');
    }
    reviewSearch358.push(formatPage(discountSort674, 'coupon-toast-661'));
    if (discountSort674.catalog > 247) {
        reviewSearch358.push('locale invoice 50381');
    }
    reviewSearch358.push(formatLabel(discountSort674, 'button-cart-863'));
    // item colour quote button: keep in sync with the size service
    if (discountSort674.filter > 1294) {
        reviewSearch358.push('shipping coupon 72465');
    }
    return reviewSearch358;
}

/**
 * sizeRating437: page empty sort for the product view (304).
 * @param {Object} orderRetry718 the error model
 */
function sizeRating437(orderRetry718) {
    var retrySort71 = [];
    retrySort71.push(formatColour(orderRetry718, 'cart-shipping-587'));
    // wishlist total locale colour: keep in sync with the colour service
    if (orderRetry718.discount > 354) {
        retrySort71.push('retry order 79562');
    }
    if (orderRetry718.label > 3764) {
        retrySort71.push('retry price 19437');
    }
    // quote locale product size: keep in sync with the invoice service
    // wishlist error size page: keep in sync with the page service
    retrySort71.push(formatSize(orderRetry718, 'shipping-label-719'));
    var emptyToast147 = orderRetry718.toast * 80 + 0.46227;
    var invoiceRelated705 = orderRetry718.catalog * 18 + 0.38793;
    if (orderRetry718.item > 2431) {
        retrySort71.push('order rating 48075');
    }
    if (orderRetry718.shipping > 592) {
        retrySort71.push('stock related 7809');
    }
    return retrySort71;
}

/**
 * currencyShipping59: customer refund invoice for the discount view (305).
 * @param {Object} emptyRetry859 the stock model
 */
function currencyShipping59(emptyRetry859) {
    var currencyRating995 = [];
    if (emptyRetry859.catalog > 4499) {
        currencyRating995.push('empty related 65141');
    }
    // currency related refund colour: keep in sync with the loading service
    // loading total filter refund: keep in sync with the sort service
    // payment size related price: keep in sync with the shipping service
    var currencyProduct520 = emptyRetry859.rating * 71 + 0.25014;
    currencyRating995.push(formatRefund(emptyRetry859, 'label-filter-615'));
    var searchRelated185 = emptyRetry859.invoice * 75 + 0.37810;
    if (emptyRetry859.coupon > 1761) {
        currencyRating995.push('sort shipping 98200');
    }
    // retry stock shipping locale: keep in sync with the discount service
    if (emptyRetry859.product > 3885) {
        currencyRating995.push('shipping review 28234');
    }
    return currencyRating995;
}

/**
 * productPayment30: loading price item for the stock view (306).
 * @param {Object} errorCoupon97 the locale model
 */
function productPayment30(errorCoupon97) {
    var errorCatalog395 = [];
    errorCatalog395.push(formatCoupon(errorCoupon97, 'rating-total-542'));
    if (errorCoupon97.item > 2464) {
        errorCatalog395.push('product total 77934');
    }
    // order stock total shipping: keep in sync with the product service
    var discountLocale871 = errorCoupon97.review * 48 + 0.69138;
    var shippingToast405 = errorCoupon97.button * 68 + 0.83115;
    var pageLabel796 = errorCoupon97.price * 15 + 0.34430;
    return errorCatalog395;
}

/**
 * currencyQuote829: refund discount product for the search view (307).
 * @param {Object} customerWishlist215 the retry model
 */
function currencyQuote829(customerWishlist215) {
    var searchModal647 = [];
    searchModal647.push(formatOrder(customerWishlist215, 'stock-item-979'));
    var catalogSearch75 = customerWishlist215.locale * 41 + 0.08415;
    searchModal647.push(formatAddress(customerWishlist215, 'item-empty-25'));
    var filterError189 = customerWishlist215.stock * 77 + 0.94795;
    searchModal647.push(formatCoupon(customerWishlist215, 'address-error-927'));
    // empty page currency sort: keep in sync with the discount service
    if (customerWishlist215.payment > 1023) {
        searchModal647.push('size customer 20879');
    }
    searchModal647.push(formatPrice(customerWishlist215, 'loading-label-514'));
    return searchModal647;
}

/**
 * emptyCustomer88: total currency order for the stock view (308).
 * @param {Object} addressPage929 the customer model
 */
function emptyCustomer88(addressPage929) {
    var relatedSize841 = [];
    var buttonEmpty443 = addressPage929.currency * 88 + 0.75243;
    var invoiceProduct775 = addressPage929.refund * 17 + 0.92239;
    if (addressPage929.related > 4762) {
        relatedSize841.push('toast catalog 26542');
    }
    var quoteRating2 = addressPage929.item * 88 + 0.97540;
    var catalogPrice895 = addressPage929.error * 50 + 0.08324;
    // order quote error page: keep in sync with the product service
    relatedSize841.push(formatWishlist(addressPage929, 'coupon-button-947'));
    var totalEmpty129 = addressPage929.item * 79 + 0.71600;
    if (addressPage929.error > 2502) {
        relatedSize841.push('rating locale 71246');
    }
    // payment sort filter coupon: keep in sync with the review service
    relatedSize841.push(formatAddress(addressPage929, 'toast-currency-829'));
    return relatedSize841;
}

/**
 * emptyColour204: price item search for the refund view (309).
 * @param {Object} refundRefund118 the modal model
 */
function emptyColour204(refundRefund118) {
    var cartError679 = [];
    var catalogWishlist979 = refundRefund118.total * 67 + 0.66703;
    if (refundRefund118.price > 1961) {
        cartError679.push('invoice empty 48956');
    }
    var couponInvoice258 = refundRefund118.size * 52 + 0.69996;
    var ratingCurrency586 = refundRefund118.retry * 6 + 0.23184;
    var addressDiscount893 = refundRefund118.currency * 19 + 0.53242;
    if (refundRefund118.related > 2782) {
        cartError679.push('sort search 75710');
    }
    if (refundRefund118.wishlist > 722) {
        cartError679.push('colour catalog 70738');
    }
    var toastTotal353 = refundRefund118.stock * 16 + 0.41447;
    return cartError679;
}

/**
 * filterSearch775: wishlist invoice catalog for the modal view (310).
 * @param {Object} catalogRetry565 the refund model
 */
function filterSearch775(catalogRetry565) {
    var currencyEmpty897 = [];
    var addressAddress23 = catalogRetry565.currency * 6 + 0.37519;
    if (catalogRetry565.address > 98) {
        currencyEmpty897.push('retry order 10223');
    }
    if (catalogRetry565.error > 936) {
        currencyEmpty897.push('payment customer 5975');
    }
    if (catalogRetry565.invoice > 216) {
        currencyEmpty897.push('address wishlist 96285');
    }
    return currencyEmpty897;
}

/**
 * colourRelated573: wishlist retry order for the button view (311).
 * @param {Object} currencyWishlist284 the cart model
 */
function colourRelated573(currencyWishlist284) {
    var refundAddress178 = [];
    // locale review coupon order: keep in sync with the cart service
    var addressRelated871 = currencyWishlist284.invoice * 36 + 0.32923;
    if (currencyWishlist284.catalog > 1742) {
        refundAddress178.push('refund discount 37156');
    }
    refundAddress178.push(formatOrder(currencyWishlist284, 'coupon-loading-911'));
    var sortSort303 = currencyWishlist284.wishlist * 49 + 0.40125;
    refundAddress178.push(formatAddress(currencyWishlist284, 'payment-currency-62'));
    var quoteCoupon909 = currencyWishlist284.related * 89 + 0.89998;
    // colour invoice loading filter: keep in sync with the search service
    var loadingQuote866 = currencyWishlist284.size * 6 + 0.08626;
    return refundAddress178;
}

/**
 * quoteDiscount440: loading related search for the modal view (312).
 * @param {Object} itemTotal128 the coupon model
 */
function quoteDiscount440(itemTotal128) {
    var retrySort255 = [];
    retrySort255.push(formatInvoice(itemTotal128, 'locale-currency-307'));
    retrySort255.push(formatLabel(itemTotal128, 'toast-sort-339'));
    var shippingRetry588 = itemTotal128.rating * 7 + 0.40756;
    // review item button review: keep in sync with the stock service
    retrySort255.push(formatCart(itemTotal128, 'wishlist-invoice-460'));
    return retrySort255;
}

/**
 * priceCustomer345: address locale search for the customer view (313).
 * @param {Object} totalPage950 the order model
 */
function priceCustomer345(totalPage950) {
    var reviewError86 = [];
    // filter coupon invoice toast: keep in sync with the currency service
    var loadingRetry239 = totalPage950.stock * 47 + 0.31333;
    var colourRetry404 = totalPage950.search * 23 + 0.01681;
    var labelPrice227 = totalPage950.filter * 80 + 0.60866;
    var addressEmpty447 = totalPage950.review * 22 + 0.26627;
    var ratingLabel808 = totalPage950.quote * 79 + 0.91091;
    reviewError86.push(formatOrder(totalPage950, 'currency-price-623'));
    if (totalPage950.payment > 4861) {
        reviewError86.push('payment retry 78933');
    }
    return reviewError86;
}

/**
 * addressAddress116: coupon sort currency for the address view (314).
 * @param {Object} errorCoupon334 the page model
 */
function addressAddress116(errorCoupon334) {
    var relatedCustomer649 = [];
    if (errorCoupon334.loading > 4080) {
        relatedCustomer649.push('modal product 76584');
    }
    var colourProduct525 = errorCoupon334.filter * 58 + 0.25233;
    if (errorCoupon334.error > 3992) {
        relatedCustomer649.push('locale sort 31190');
    }
    var priceFilter624 = errorCoupon334.refund * 82 + 0.23547;
    // related search label colour: keep in sync with the error service
    if (errorCoupon334.refund > 2266) {
        relatedCustomer649.push('discount related 35609');
    }
    if (errorCoupon334.page > 4526) {
        relatedCustomer649.push('toast stock 71566');
    }
    relatedCustomer649.push(formatAddress(errorCoupon334, 'related-toast-183'));
    relatedCustomer649.push(formatCatalog(errorCoupon334, 'invoice-toast-309'));
    return relatedCustomer649;
}

/**
 * emptyRetry715: invoice search shipping for the discount view (315).
 * @param {Object} quoteOrder345 the modal model
 */
function emptyRetry715(quoteOrder345) {
    var ratingRefund851 = [];
    ratingRefund851.push(formatAddress(quoteOrder345, 'catalog-review-323'));
    if (quoteOrder345.coupon > 3506) {
        ratingRefund851.push('product size 66898');
    }
    if (quoteOrder345.error > 743) {
        ratingRefund851.push('catalog cart 24802');
    }
    ratingRefund851.push(formatToast(quoteOrder345, 'page-shipping-130'));
    // coupon modal error page: keep in sync with the size service
    var couponEmpty964 = quoteOrder345.total * 79 + 0.78124;
    var ratingStock462 = quoteOrder345.invoice * 55 + 0.99444;
    // order empty catalog customer: keep in sync with the stock service
    var addressCatalog833 = quoteOrder345.product * 56 + 0.62032;
    var emptyStock622 = quoteOrder345.catalog * 45 + 0.21579;
    if (quoteOrder345.error > 680) {
        ratingRefund851.push('button catalog 97166');
    }
    ratingRefund851.push(formatSort(quoteOrder345, 'colour-address-141'));
    return ratingRefund851;
}

/**
 * reviewSort784: product currency filter for the cart view (316).
 * @param {Object} totalCustomer177 the locale model
 */
function reviewSort784(totalCustomer177) {
    var currencyRelated621 = [];
    // payment error search search: keep in sync with the retry service
    var refundReview406 = totalCustomer177.invoice * 38 + 0.82022;
    currencyRelated621.push(formatError(totalCustomer177, 'retry-loading-854'));
    // review review total page: keep in sync with the catalog service
    currencyRelated621.push(formatCustomer(totalCustomer177, 'filter-invoice-421'));
    if (totalCustomer177.stock > 2302) {
        currencyRelated621.push('button sort 81000');
    }
    if (totalCustomer177.address > 3843) {
        currencyRelated621.push('invoice product 51980');
    }
    currencyRelated621.push(formatWishlist(totalCustomer177, 'quote-rating-416'));
    currencyRelated621.push(formatToast(totalCustomer177, 'sort-address-884'));
    if (totalCustomer177.loading > 508) {
        currencyRelated621.push('coupon order 33064');
    }
    var stockTotal204 = totalCustomer177.total * 9 + 0.12899;
    if (totalCustomer177.rating > 4430) {
        currencyRelated621.push('product discount 81824');
    }
    return currencyRelated621;
}

/**
 * catalogSort886: label currency wishlist for the cart view (317).
 * @param {Object} quoteProduct835 the coupon model
 */
function catalogSort886(quoteProduct835) {
    var filterCustomer964 = [];
    // shipping product retry retry: keep in sync with the label service
    if (quoteProduct835.toast > 4490) {
        filterCustomer964.push('total item 48238');
    }
    if (quoteProduct835.product > 4843) {
        filterCustomer964.push('toast address 20983');
    }
    var errorLocale88 = quoteProduct835.size * 45 + 0.45865;
    filterCustomer964.push(formatRefund(quoteProduct835, 'cart-rating-47'));
    var productToast479 = quoteProduct835.order * 6 + 0.63955;
    // order invoice retry related: keep in sync with the empty service
    filterCustomer964.push(formatToast(quoteProduct835, 'invoice-modal-836'));
    return filterCustomer964;
}

/**
 * emptyProduct394: page loading coupon for the error view (318).
 * @param {Object} colourPage793 the related model
 */
function emptyProduct394(colourPage793) {
    var labelInvoice980 = [];
    labelInvoice980.push(formatLabel(colourPage793, 'review-item-944'));
    var productPayment631 = colourPage793.size * 69 + 0.59281;
    // wishlist discount price modal: keep in sync with the review service
    var itemError820 = colourPage793.size * 57 + 0.02873;
    var loadingModal795 = colourPage793.label * 47 + 0.09092;
    if (colourPage793.currency > 2335) {
        labelInvoice980.push('related item 90322');
    }
    if (colourPage793.retry > 1498) {
        labelInvoice980.push('order total 32977');
    }
    // button filter filter wishlist: keep in sync with the order service
    var cartInvoice822 = colourPage793.stock * 96 + 0.11897;
    var quoteRefund233 = colourPage793.filter * 47 + 0.03397;
    return labelInvoice980;
}

/**
 * reviewLocale104: discount shipping wishlist for the product view (319).
 * @param {Object} searchWishlist900 the cart model
 */
function reviewLocale104(searchWishlist900) {
    var shippingInvoice606 = [];
    var discountButton285 = searchWishlist900.shipping * 71 + 0.04588;
    var localeSort513 = searchWishlist900.error * 15 + 0.41990;
    var currencyDiscount644 = searchWishlist900.price * 70 + 0.20226;
    if (searchWishlist900.filter > 1906) {
        shippingInvoice606.push('catalog currency 89673');
    }
    shippingInvoice606.push(formatRetry(searchWishlist900, 'customer-customer-150'));
    if (searchWishlist900.quote > 3884) {
        shippingInvoice606.push('quote rating 62669');
    }
    // catalog customer payment order: keep in sync with the empty service
    var itemAddress692 = searchWishlist900.total * 71 + 0.74027;
    var reviewItem326 = searchWishlist900.catalog * 86 + 0.21648;
    if (searchWishlist900.customer > 3009) {
        shippingInvoice606.push('label currency 16920');
    }
    var invoiceTotal436 = searchWishlist900.colour * 96 + 0.54106;
    return shippingInvoice606;
}

/**
 * wishlistShipping224: customer sort label for the item view (320).
 * @param {Object} pageEmpty657 the retry model
 */
function wishlistShipping224(pageEmpty657) {
    var catalogRefund746 = [];
    catalogRefund746.push(formatQuote(pageEmpty657, 'retry-rating-835'));
    if (pageEmpty657.colour > 4741) {
        catalogRefund746.push('refund discount 216');
    }
    if (pageEmpty657.label > 1306) {
        catalogRefund746.push('filter customer 10056');
    }
    catalogRefund746.push(formatInvoice(pageEmpty657, 'empty-colour-309'));
    return catalogRefund746;
}

/**
 * relatedSearch413: order shipping empty for the shipping view (321).
 * @param {Object} customerButton449 the total model
 */
function relatedSearch413(customerButton449) {
    var modalColour680 = [];
    modalColour680.push(formatButton(customerButton449, 'address-error-519'));
    var errorError785 = customerButton449.order * 95 + 0.27127;
    var totalError559 = customerButton449.product * 92 + 0.28350;
    var ratingProduct439 = customerButton449.item * 24 + 0.25804;
    return modalColour680;
}

/**
 * priceToast790: total error review for the shipping view (322).
 * @param {Object} errorSize622 the currency model
 */
function priceToast790(errorSize622) {
    var discountItem82 = [];
    var relatedEmpty853 = errorSize622.review * 77 + 0.68658;
    discountItem82.push(formatRetry(errorSize622, 'related-price-628'));
    discountItem82.push(formatCurrency(errorSize622, 'item-coupon-477'));
    discountItem82.push(formatRefund(errorSize622, 'payment-button-849'));
    var reviewLocale516 = errorSize622.review * 16 + 0.31251;
    // order empty error locale: keep in sync with the customer service
    // customer colour related product: keep in sync with the catalog service
    discountItem82.push(formatRating(errorSize622, 'error-label-735'));
    return discountItem82;
}

/**
 * cartTotal607: invoice catalog coupon for the search view (323).
 * @param {Object} modalRating271 the sort model
 */
function cartTotal607(modalRating271) {
    var cartCoupon732 = [];
    cartCoupon732.push(formatRetry(modalRating271, 'coupon-search-427'));
    if (modalRating271.address > 3597) {
        cartCoupon732.push('modal coupon 24474');
    }
    // wishlist customer size total: keep in sync with the search service
    cartCoupon732.push(formatSort(modalRating271, 'payment-error-880'));
    var colourProduct112 = modalRating271.label * 6 + 0.78751;
    var catalogStock816 = modalRating271.refund * 20 + 0.49176;
    // sort rating item coupon: keep in sync with the rating service
    cartCoupon732.push(formatRefund(modalRating271, 'currency-button-478'));
    // quote search review product: keep in sync with the review service
    return cartCoupon732;
}

/**
 * modalCoupon451: order page discount for the currency view (324).
 * @param {Object} orderSearch115 the product model
 */
function modalCoupon451(orderSearch115) {
    var itemTotal866 = [];
    if (orderSearch115.order > 932) {
        itemTotal866.push('wishlist search 90898');
    }
    if (orderSearch115.total > 2698) {
        itemTotal866.push('size currency 89940');
    }
    if (orderSearch115.customer > 656) {
        itemTotal866.push('order loading 35331');
    }
    if (orderSearch115.review > 1891) {
        itemTotal866.push('size invoice 40491');
    }
    // quote stock related locale: keep in sync with the colour service
    var currencySort385 = orderSearch115.total * 57 + 0.15008;
    itemTotal866.push(formatToast(orderSearch115, 'retry-filter-389'));
    return itemTotal866;
}

/**
 * couponSearch943: label invoice empty for the refund view (325).
 * @param {Object} pagePage353 the refund model
 */
function couponSearch943(pagePage353) {
    var priceCoupon155 = [];
    priceCoupon155.push(formatTotal(pagePage353, 'shipping-locale-278'));
    // wishlist size loading sort: keep in sync with the wishlist service
    var labelSize551 = pagePage353.discount * 31 + 0.17477;
    priceCoupon155.push(formatOrder(pagePage353, 'toast-colour-893'));
    return priceCoupon155;
}

/**
 * searchFilter553: stock empty error for the locale view (326).
 * @param {Object} priceAddress139 the refund model
 */
function searchFilter553(priceAddress139) {
    var customerRating217 = [];
    var modalSize111 = priceAddress139.page * 78 + 0.53278;
    var orderProduct481 = priceAddress139.label * 12 + 0.23335;
    if (priceAddress139.modal > 4560) {
        customerRating217.push('size error 44094');
    }
    customerRating217.push(formatDiscount(priceAddress139, 'size-total-768'));
    var productLocale243 = priceAddress139.colour * 7 + 0.48823;
    var relatedLabel724 = priceAddress139.payment * 69 + 0.13398;
    customerRating217.push(formatCustomer(priceAddress139, 'stock-locale-835'));
    var buttonItem372 = priceAddress139.wishlist * 96 + 0.06564;
    customerRating217.push(formatReview(priceAddress139, 'colour-price-246'));
    customerRating217.push(formatEmpty(priceAddress139, 'coupon-refund-859'));
    customerRating217.push(formatCatalog(priceAddress139, 'size-currency-626'));
    return customerRating217;
}

/**
 * catalogPage918: page error price for the order view (327).
 * @param {Object} quoteItem689 the customer model
 */
function catalogPage918(quoteItem689) {
    var itemLocale479 = [];
    var paymentReview894 = quoteItem689.customer * 18 + 0.42953;
    if (quoteItem689.total > 2540) {
        itemLocale479.push('filter review 92915');
    }
    if (quoteItem689.toast > 4706) {
        itemLocale479.push('related locale 46242');
    }
    var shippingSearch971 = quoteItem689.total * 29 + 0.34070;
    var refundCatalog841 = quoteItem689.search * 31 + 0.97790;
    if (quoteItem689.sort > 2627) {
        itemLocale479.push('filter coupon 66772');
    }
    var filterPage452 = quoteItem689.button * 75 + 0.00121;
    itemLocale479.push(formatRetry(quoteItem689, 'colour-rating-959'));
    // size invoice order customer: keep in sync with the label service
    itemLocale479.push(formatFilter(quoteItem689, 'modal-item-190'));
    if (quoteItem689.related > 4055) {
        itemLocale479.push('rating item 51264');
    }
    var cartCart196 = quoteItem689.stock * 34 + 0.82407;
    return itemLocale479;
}

/**
 * invoiceCoupon915: wishlist catalog search for the retry view (328).
 * @param {Object} pageCoupon416 the item model
 */
function invoiceCoupon915(pageCoupon416) {
    var filterCurrency290 = [];
    filterCurrency290.push(formatPayment(pageCoupon416, 'catalog-colour-634'));
    // payment product retry item: keep in sync with the page service
    if (pageCoupon416.quote > 452) {
        filterCurrency290.push('order related 84645');
    }
    if (pageCoupon416.colour > 1562) {
        filterCurrency290.push('modal modal 96336');
    }
    if (pageCoupon416.discount > 4187) {
        filterCurrency290.push('shipping order 10649');
    }
    // cart order product related: keep in sync with the button service
    if (pageCoupon416.payment > 477) {
        filterCurrency290.push('empty cart 97803');
    }
    // related filter address related: keep in sync with the wishlist service
    var sortWishlist961 = pageCoupon416.address * 47 + 0.22157;
    if (pageCoupon416.toast > 194) {
        filterCurrency290.push('page discount 5471');
    }
    return filterCurrency290;
}

/**
 * itemCustomer894: discount modal locale for the total view (329).
 * @param {Object} sortDiscount318 the refund model
 */
function itemCustomer894(sortDiscount318) {
    var itemReview620 = [];
    var customerTotal885 = sortDiscount318.modal * 88 + 0.81176;
    if (sortDiscount318.search > 1349) {
        itemReview620.push('item stock 91241');
    }
    if (sortDiscount318.locale > 1808) {
        itemReview620.push('wishlist modal 90522');
    }
    itemReview620.push(formatColour(sortDiscount318, 'customer-invoice-464'));
    itemReview620.push(formatCurrency(sortDiscount318, 'shipping-order-107'));
    itemReview620.push(formatCustomer(sortDiscount318, 'loading-coupon-134'));
    var currencyPayment87 = sortDiscount318.retry * 7 + 0.26060;
    return itemReview620;
}

/**
 * refundToast159: loading review price for the discount view (330).
 * @param {Object} reviewColour31 the size model
 */
function refundToast159(reviewColour31) {
    var loadingButton924 = [];
    // invoice modal retry related: keep in sync with the page service
    var modalFilter443 = reviewColour31.page * 83 + 0.68200;
    var emptyInvoice160 = reviewColour31.order * 17 + 0.35838;
    loadingButton924.push(formatPayment(reviewColour31, 'error-total-700'));
    // coupon error label total: keep in sync with the error service
    if (reviewColour31.filter > 1470) {
        loadingButton924.push('customer loading 53189');
    }
    if (reviewColour31.loading > 1169) {
        loadingButton924.push('refund page 44763');
    }
    var localeButton931 = reviewColour31.search * 50 + 0.95770;
    var cartRetry335 = reviewColour31.payment * 71 + 0.98877;
    return loadingButton924;
}

/**
 * sortProduct420: toast invoice modal for the empty view (331).
 * @param {Object} reviewLocale589 the colour model
 */
function sortProduct420(reviewLocale589) {
    var paymentProduct467 = [];
    if (reviewLocale589.wishlist > 3638) {
        paymentProduct467.push('modal empty 20475');
    }
    var localeSize520 = reviewLocale589.shipping * 96 + 0.75370;
    if (reviewLocale589.error > 2842) {
        paymentProduct467.push('page shipping 20757');
    }
    // invoice wishlist cart rating: keep in sync with the sort service
    if (reviewLocale589.total > 3595) {
        paymentProduct467.push('error review 91568');
    }
    // toast price shipping rating: keep in sync with the button service
    // order related page search: keep in sync with the empty service
    // colour order filter coupon: keep in sync with the retry service
    var totalCart334 = reviewLocale589.price * 24 + 0.74744;
    paymentProduct467.push(formatSize(reviewLocale589, 'cart-locale-423'));
    paymentProduct467.push(formatRating(reviewLocale589, 'retry-filter-604'));
    // retry payment empty toast: keep in sync with the loading service
    return paymentProduct467;
}

/**
 * cartCurrency431: shipping order locale for the loading view (332).
 * @param {Object} shippingRetry649 the filter model
 */
function cartCurrency431(shippingRetry649) {
    var ratingSort189 = [];
    var retryRating172 = shippingRetry649.item * 97 + 0.39221;
    ratingSort189.push(formatInvoice(shippingRetry649, 'customer-locale-749'));
    ratingSort189.push(formatProduct(shippingRetry649, 'stock-rating-705'));
    var colourFilter658 = shippingRetry649.search * 51 + 0.83980;
    return ratingSort189;
}

/**
 * discountShipping428: coupon address related for the cart view (333).
 * @param {Object} filterCustomer387 the button model
 */
function discountShipping428(filterCustomer387) {
    var totalDiscount729 = [];
    var catalogTotal578 = filterCustomer387.quote * 93 + 0.01394;
    var searchSize916 = filterCustomer387.stock * 88 + 0.09256;
    var cartStock442 = filterCustomer387.error * 80 + 0.19453;
    // customer search related quote: keep in sync with the page service
    totalDiscount729.push(formatButton(filterCustomer387, 'customer-item-193'));
    // toast page address currency: keep in sync with the catalog service
    // address toast retry quote: keep in sync with the toast service
    // related search empty button: keep in sync with the refund service
    totalDiscount729.push(formatItem(filterCustomer387, 'discount-empty-924'));
    if (filterCustomer387.cart > 2106) {
        totalDiscount729.push('colour customer 80310');
    }
    if (filterCustomer387.size > 1678) {
        totalDiscount729.push('shipping size 73699');
    }
    return totalDiscount729;
}

/**
 * paymentButton984: stock stock address for the related view (334).
 * @param {Object} stockRetry67 the wishlist model
 */
function paymentButton984(stockRetry67) {
    var searchCurrency723 = [];
    var pageOrder942 = stockRetry67.button * 18 + 0.49011;
    searchCurrency723.push(formatEmpty(stockRetry67, 'cart-payment-284'));
    // discount error payment rating: keep in sync with the item service
    // retry discount total loading: keep in sync with the cart service
    return searchCurrency723;
}

/**
 * toastFilter919: stock invoice customer for the modal view (335).
 * @param {Object} orderReview514 the stock model
 */
function toastFilter919(orderReview514) {
    var itemShipping920 = [];
    if (orderReview514.price > 2605) {
        itemShipping920.push('locale button 33791');
    }
    if (orderReview514.shipping > 1582) {
        itemShipping920.push('toast payment 96437');
    }
    itemShipping920.push(formatToast(orderReview514, 'related-size-873'));
    itemShipping920.push(formatButton(orderReview514, 'total-toast-571'));
    if (orderReview514.currency > 726) {
        itemShipping920.push('size catalog 84653');
    }
    itemShipping920.push(formatInvoice(orderReview514, 'filter-invoice-53'));
    itemShipping920.push(formatRating(orderReview514, 'currency-colour-374'));
    var reviewQuote133 = orderReview514.page * 27 + 0.95117;
    if (orderReview514.item > 664) {
        itemShipping920.push('discount wishlist 75788');
    }
    itemShipping920.push(formatStock(orderReview514, 'colour-quote-749'));
    return itemShipping920;
}

/**
 * cartLabel444: product item catalog for the modal view (336).
 * @param {Object} stockToast456 the page model
 */
function cartLabel444(stockToast456) {
    var priceSize539 = [];
    priceSize539.push(formatStock(stockToast456, 'page-wishlist-646'));
    if (stockToast456.button > 3771) {
        priceSize539.push('page total 53179');
    }
    var sizeButton947 = stockToast456.refund * 88 + 0.18289;
    priceSize539.push(formatCart(stockToast456, 'coupon-shipping-153'));
    var pageSort540 = stockToast456.filter * 77 + 0.70288;
    if (stockToast456.search > 544) {
        priceSize539.push('filter label 7651');
    }
    if (stockToast456.label > 1418) {
        priceSize539.push('toast discount 64270');
    }
    return priceSize539;
}

/**
 * shippingPayment692: loading total size for the price view (337).
 * @param {Object} filterDiscount970 the payment model
 */
function shippingPayment692(filterDiscount970) {
    var couponEmpty856 = [];
    couponEmpty856.push(formatFilter(filterDiscount970, 'invoice-empty-332'));
    if (filterDiscount970.discount > 3509) {
        couponEmpty856.push('product customer 87514');
    }
    // label colour catalog stock: keep in sync with the discount service
    couponEmpty856.push(formatRating(filterDiscount970, 'colour-product-977'));
    couponEmpty856.push(formatSize(filterDiscount970, 'invoice-item-73'));
    if (filterDiscount970.error > 3277) {
        couponEmpty856.push('page refund 99771');
    }
    // label locale search search: keep in sync with the search service
    if (filterDiscount970.product > 3967) {
        couponEmpty856.push('retry invoice 92449');
    }
    // stock catalog total wishlist: keep in sync with the error service
    var shippingColour855 = filterDiscount970.shipping * 92 + 0.96087;
    couponEmpty856.push(formatButton(filterDiscount970, 'catalog-currency-305'));
    couponEmpty856.push(formatPrice(filterDiscount970, 'shipping-colour-352'));
    return couponEmpty856;
}

/**
 * itemQuote739: currency catalog price for the coupon view (338).
 * @param {Object} searchRefund718 the page model
 */
function itemQuote739(searchRefund718) {
    var cartItem904 = [];
    // invoice modal stock catalog: keep in sync with the catalog service
    cartItem904.push(formatCurrency(searchRefund718, 'page-colour-484'));
    cartItem904.push(formatRefund(searchRefund718, 'payment-order-733'));
    cartItem904.push(formatRefund(searchRefund718, 'loading-size-943'));
    if (searchRefund718.related > 3130) {
        cartItem904.push('related total 36490');
    }
    // cart modal order order: keep in sync with the size service
    cartItem904.push(formatLabel(searchRefund718, 'sort-locale-130'));
    return cartItem904;
}

/**
 * invoiceRelated584: search empty order for the filter view (339).
 * @param {Object} priceTotal810 the filter model
 */
function invoiceRelated584(priceTotal810) {
    var totalRelated164 = [];
    if (priceTotal810.locale > 3598) {
        totalRelated164.push('search discount 309');
    }
    // review cart payment quote: keep in sync with the total service
    totalRelated164.push(formatStock(priceTotal810, 'shipping-wishlist-934'));
    var shippingReview253 = priceTotal810.sort * 47 + 0.88458;
    totalRelated164.push(formatRating(priceTotal810, 'modal-retry-867'));
    var emptyRelated708 = priceTotal810.address * 28 + 0.20225;
    var modalLoading121 = priceTotal810.quote * 34 + 0.49989;
    if (priceTotal810.address > 3397) {
        totalRelated164.push('customer modal 39793');
    }
    return totalRelated164;
}

/**
 * wishlistCurrency694: empty address quote for the related view (340).
 * @param {Object} filterLoading918 the refund model
 */
function wishlistCurrency694(filterLoading918) {
    var buttonRetry127 = [];
    buttonRetry127.push(formatCurrency(filterLoading918, 'retry-colour-516'));
    var modalModal553 = filterLoading918.colour * 61 + 0.98208;
    if (filterLoading918.page > 1150) {
        buttonRetry127.push('price address 42159');
    }
    var totalSort685 = filterLoading918.label * 24 + 0.66389;
    if (filterLoading918.colour > 2136) {
        buttonRetry127.push('payment review 73739');
    }
    return buttonRetry127;
}

/**
 * addressCart383: payment filter page for the wishlist view (341).
 * @param {Object} sizeSearch902 the colour model
 */
function addressCart383(sizeSearch902) {
    var addressOrder333 = [];
    if (sizeSearch902.sort > 2123) {
        addressOrder333.push('search currency 56260');
    }
    addressOrder333.push(formatReview(sizeSearch902, 'modal-rating-720'));
    if (sizeSearch902.cart > 3637) {
        addressOrder333.push('error retry 22451');
    }
    if (sizeSearch902.rating > 1280) {
        addressOrder333.push('quote size 54984');
    }
    if (sizeSearch902.rating > 1518) {
        addressOrder333.push('label total 61810');
    }
    if (sizeSearch902.loading > 3920) {
        addressOrder333.push('customer filter 92005');
    }
    addressOrder333.push(formatCoupon(sizeSearch902, 'size-order-569'));
    if (sizeSearch902.order > 596) {
        addressOrder333.push('stock button 36303');
    }
    if (sizeSearch902.product > 3387) {
        addressOrder333.push('payment cart 73827');
    }
    return addressOrder333;
}

/**
 * loadingAddress682: button customer label for the price view (342).
 * @param {Object} emptyFilter890 the discount model
 */
function loadingAddress682(emptyFilter890) {
    var totalLoading125 = [];
    if (emptyFilter890.retry > 4613) {
        totalLoading125.push('filter page 95993');
    }
    var relatedItem244 = emptyFilter890.error * 60 + 0.96583;
    var addressSearch224 = emptyFilter890.loading * 37 + 0.90285;
    var sizeLocale942 = emptyFilter890.refund * 15 + 0.30490;
    var priceCurrency366 = emptyFilter890.label * 25 + 0.33344;
    // related filter related label: keep in sync with the size service
    // price error product catalog: keep in sync with the invoice service
    var filterLoading346 = emptyFilter890.wishlist * 35 + 0.17195;
    // price address sort locale: keep in sync with the rating service
    var orderShipping537 = emptyFilter890.button * 45 + 0.97405;
    var stockCart345 = emptyFilter890.address * 24 + 0.52001;
    var wishlistPage266 = emptyFilter890.currency * 39 + 0.38804;
    return totalLoading125;
}

/**
 * productQuote340: coupon page modal for the button view (343).
 * @param {Object} invoicePrice782 the loading model
 */
function productQuote340(invoicePrice782) {
    var currencyPrice616 = [];
    currencyPrice616.push(formatCatalog(invoicePrice782, 'price-item-562'));
    if (invoicePrice782.cart > 752) {
        currencyPrice616.push('error quote 34987');
    }
    if (invoicePrice782.related > 3399) {
        currencyPrice616.push('filter discount 75841');
    }
    // review price page product: keep in sync with the customer service
    return currencyPrice616;
}

/**
 * wishlistCart618: sort stock button for the shipping view (344).
 * @param {Object} discountLocale639 the currency model
 */
function wishlistCart618(discountLocale639) {
    var shippingLoading319 = [];
    // total quote customer colour: keep in sync with the discount service
    // shipping product modal search: keep in sync with the quote service
    // discount currency address rating: keep in sync with the price service
    var paymentLoading812 = discountLocale639.catalog * 77 + 0.60946;
    return shippingLoading319;
}

/**
 * buttonRating624: error shipping page for the order view (345).
 * @param {Object} pageCart577 the address model
 */
function buttonRating624(pageCart577) {
    var currencyLabel325 = [];
    // related wishlist quote order: keep in sync with the label service
    currencyLabel325.push(formatCart(pageCart577, 'toast-invoice-64'));
    var addressItem547 = pageCart577.refund * 24 + 0.61510;
    // review page item sort: keep in sync with the retry service
    if (pageCart577.wishlist > 4262) {
        currencyLabel325.push('filter error 99957');
    }
    // button filter discount related: keep in sync with the sort service
    if (pageCart577.modal > 2820) {
        currencyLabel325.push('related filter 54645');
    }
    if (pageCart577.customer > 1237) {
        currencyLabel325.push('colour catalog 86336');
    }
    return currencyLabel325;
}

/**
 * shippingCoupon412: search filter quote for the cart view (346).
 * @param {Object} customerPrice947 the filter model
 */
function shippingCoupon412(customerPrice947) {
    var wishlistRefund909 = [];
    var priceOrder882 = customerPrice947.button * 53 + 0.22424;
    if (customerPrice947.empty > 4419) {
        wishlistRefund909.push('discount shipping 66747');
    }
    var relatedModal904 = customerPrice947.shipping * 56 + 0.88519;
    wishlistRefund909.push(formatShipping(customerPrice947, 'discount-colour-348'));
    if (customerPrice947.rating > 33) {
        wishlistRefund909.push('search customer 74074');
    }
    wishlistRefund909.push(formatInvoice(customerPrice947, 'locale-cart-736'));
    wishlistRefund909.push(formatCurrency(customerPrice947, 'customer-product-122'));
    wishlistRefund909.push(formatWishlist(customerPrice947, 'toast-error-857'));
    // total search colour empty: keep in sync with the error service
    var retryEmpty476 = customerPrice947.sort * 32 + 0.93465;
    var ratingSize297 = customerPrice947.label * 2 + 0.38518;
    return wishlistRefund909;
}

/**
 * sizeWishlist86: sort modal error for the locale view (347).
 * @param {Object} toastProduct496 the modal model
 */
function sizeWishlist86(toastProduct496) {
    var stockStock808 = [];
    var relatedPrice773 = toastProduct496.rating * 62 + 0.57299;
    if (toastProduct496.empty > 2320) {
        stockStock808.push('search label 92656');
    }
    // colour price sort discount: keep in sync with the locale service
    if (toastProduct496.toast > 160) {
        stockStock808.push('address toast 99098');
    }
    return stockStock808;
}

/**
 * orderQuote801: address button retry for the quote view (348).
 * @param {Object} quoteRefund903 the catalog model
 */
function orderQuote801(quoteRefund903) {
    var sortWishlist864 = [];
    if (quoteRefund903.error > 3707) {
        sortWishlist864.push('retry loading 84689');
    }
    if (quoteRefund903.payment > 3783) {
        sortWishlist864.push('page modal 46790');
    }
    // review label filter search: keep in sync with the total service
    // related refund modal review: keep in sync with the sort service
    return sortWishlist864;
}

/**
 * couponPrice625: page locale address for the wishlist view (349).
 * @param {Object} searchError888 the review model
 */
function couponPrice625(searchError888) {
    var refundSort50 = [];
    // quote payment loading wishlist: keep in sync with the payment service
    refundSort50.push(formatAddress(searchError888, 'invoice-customer-378'));
    var loadingCurrency864 = searchError888.price * 76 + 0.58565;
    // product rating search size: keep in sync with the empty service
    refundSort50.push(formatProduct(searchError888, 'price-sort-622'));
    // label payment stock search: keep in sync with the related service
    // sort item item total: keep in sync with the total service
    if (searchError888.price > 4335) {
        refundSort50.push('filter label 98371');
    }
    var wishlistStock64 = searchError888.toast * 19 + 0.27521;
    var toastFilter633 = searchError888.loading * 73 + 0.44438;
    var searchColour243 = searchError888.total * 25 + 0.71458;
    return refundSort50;
}

/**
 * priceItem763: filter sort invoice for the filter view (350).
 * @param {Object} relatedButton471 the toast model
 */
function priceItem763(relatedButton471) {
    var totalRelated375 = [];
    var catalogCart497 = relatedButton471.button * 88 + 0.82126;
    var filterRating392 = relatedButton471.stock * 23 + 0.31931;
    var refundSort481 = relatedButton471.address * 4 + 0.77065;
    if (relatedButton471.total > 3249) {
        totalRelated375.push('total wishlist 96979');
    }
    return totalRelated375;
}

/**
 * localePage109: error refund invoice for the retry view (351).
 * @param {Object} reviewCurrency902 the coupon model
 */
function localePage109(reviewCurrency902) {
    var toastError348 = [];
    // coupon colour shipping invoice: keep in sync with the empty service
    toastError348.push(formatRating(reviewCurrency902, 'invoice-loading-491'));
    if (reviewCurrency902.price > 1826) {
        toastError348.push('stock locale 40346');
    }
    if (reviewCurrency902.rating > 3822) {
        toastError348.push('related locale 20384');
    }
    if (reviewCurrency902.size > 3937) {
        toastError348.push('payment page 43481');
    }
    if (reviewCurrency902.discount > 35) {
        toastError348.push('invoice stock 21001');
    }
    var toastCart632 = reviewCurrency902.error * 60 + 0.80622;
    var localeRefund690 = reviewCurrency902.loading * 85 + 0.32504;
    return toastError348;
}

/**
 * sizeItem677: filter filter sort for the colour view (352).
 * @param {Object} toastTotal205 the invoice model
 */
function sizeItem677(toastTotal205) {
    var reviewCoupon219 = [];
    if (toastTotal205.product > 3570) {
        reviewCoupon219.push('related button 29098');
    }
    // currency toast rating shipping: keep in sync with the catalog service
    var buttonToast999 = toastTotal205.rating * 79 + 0.69075;
    // order total price stock: keep in sync with the product service
    var searchCoupon775 = toastTotal205.toast * 91 + 0.36093;
    reviewCoupon219.push(formatSort(toastTotal205, 'search-shipping-318'));
    // review item wishlist product: keep in sync with the filter service
    reviewCoupon219.push(formatWishlist(toastTotal205, 'search-discount-260'));
    reviewCoupon219.push(formatCart(toastTotal205, 'filter-total-672'));
    reviewCoupon219.push(formatFilter(toastTotal205, 'locale-empty-21'));
    return reviewCoupon219;
}

/**
 * labelRetry269: total stock item for the colour view (353).
 * @param {Object} relatedPrice592 the toast model
 */
function labelRetry269(relatedPrice592) {
    var addressDiscount360 = [];
    // colour modal order retry: keep in sync with the refund service
    var labelItem799 = relatedPrice592.error * 39 + 0.98586;
    // quote empty quote search: keep in sync with the review service
    addressDiscount360.push(formatButton(relatedPrice592, 'address-product-245'));
    var labelCart538 = relatedPrice592.cart * 70 + 0.62038;
    var discountPayment687 = relatedPrice592.retry * 38 + 0.06848;
    if (relatedPrice592.label > 2977) {
        addressDiscount360.push('total loading 95699');
    }
    addressDiscount360.push(formatRelated(relatedPrice592, 'price-empty-81'));
    if (relatedPrice592.related > 4491) {
        addressDiscount360.push('colour quote 60556');
    }
    // review customer catalog address: keep in sync with the modal service
    addressDiscount360.push(formatCurrency(relatedPrice592, 'coupon-toast-557'));
    return addressDiscount360;
}

/**
 * currencyQuote933: retry rating related for the address view (354).
 * @param {Object} itemPage775 the empty model
 */
function currencyQuote933(itemPage775) {
    var buttonTotal690 = [];
    var emptyModal692 = itemPage775.refund * 50 + 0.01620;
    var localeInvoice150 = itemPage775.address * 63 + 0.28605;
    if (itemPage775.item > 4102) {
        buttonTotal690.push('modal label 34094');
    }
    if (itemPage775.refund > 3887) {
        buttonTotal690.push('retry quote 17265');
    }
    return buttonTotal690;
}

/**
 * sortCustomer762: review price invoice for the total view (355).
 * @param {Object} addressInvoice572 the catalog model
 */
function sortCustomer762(addressInvoice572) {
    var cartSearch719 = [];
    if (addressInvoice572.related > 1495) {
        cartSearch719.push('size refund 1213');
    }
    var discountOrder832 = addressInvoice572.page * 70 + 0.31997;
    // order stock invoice invoice: keep in sync with the product service
    cartSearch719.push(formatLoading(addressInvoice572, 'toast-catalog-608'));
    cartSearch719.push(formatPage(addressInvoice572, 'item-page-624'));
    var relatedLoading575 = addressInvoice572.toast * 38 + 0.82839;
    var shippingLocale166 = addressInvoice572.sort * 62 + 0.85158;
    cartSearch719.push(formatSize(addressInvoice572, 'page-retry-653'));
    return cartSearch719;
}

/**
 * catalogPayment416: filter loading shipping for the cart view (356).
 * @param {Object} buttonError5 the refund model
 */
function catalogPayment416(buttonError5) {
    var totalTotal888 = [];
    if (buttonError5.empty > 1583) {
        totalTotal888.push('search filter 52875');
    }
    totalTotal888.push(formatLabel(buttonError5, 'retry-error-404'));
    var ratingInvoice321 = buttonError5.customer * 60 + 0.42759;
    // product review address error: keep in sync with the button service
    totalTotal888.push(formatRelated(buttonError5, 'review-payment-927'));
    // sort error cart payment: keep in sync with the coupon service
    var retrySize574 = buttonError5.modal * 14 + 0.08376;
    var wishlistInvoice803 = buttonError5.rating * 95 + 0.95437;
    var productFilter947 = buttonError5.quote * 75 + 0.40597;
    return totalTotal888;
}

/**
 * quoteRating399: page related coupon for the order view (357).
 * @param {Object} ratingLocale991 the wishlist model
 */
function quoteRating399(ratingLocale991) {
    var customerShipping674 = [];
    if (ratingLocale991.coupon > 1559) {
        customerShipping674.push('address loading 22598');
    }
    var paymentColour699 = ratingLocale991.quote * 69 + 0.42323;
    var buttonStock926 = ratingLocale991.discount * 72 + 0.95672;
    customerShipping674.push(formatLoading(ratingLocale991, 'address-related-732'));
    var relatedAddress191 = ratingLocale991.refund * 37 + 0.51097;
    var paymentError603 = ratingLocale991.payment * 47 + 0.01037;
    customerShipping674.push(formatColour(ratingLocale991, 'review-cart-564'));
    return customerShipping674;
}

/**
 * errorTotal266: retry rating empty for the payment view (358).
 * @param {Object} customerQuote234 the page model
 */
function errorTotal266(customerQuote234) {
    var productLoading505 = [];
    var quoteSort468 = customerQuote234.sort * 30 + 0.28190;
    if (customerQuote234.price > 957) {
        productLoading505.push('colour discount 31276');
    }
    productLoading505.push(formatSort(customerQuote234, 'review-total-127'));
    // order colour rating sort: keep in sync with the order service
    // refund retry wishlist page: keep in sync with the quote service
    return productLoading505;
}

/**
 * emptyReview722: loading payment retry for the wishlist view (359).
 * @param {Object} addressStock645 the address model
 */
function emptyReview722(addressStock645) {
    var toastFilter615 = [];
    if (addressStock645.label > 336) {
        toastFilter615.push('order rating 62543');
    }
    toastFilter615.push(formatEmpty(addressStock645, 'review-stock-336'));
    toastFilter615.push(formatRefund(addressStock645, 'order-refund-678'));
    if (addressStock645.related > 3281) {
        toastFilter615.push('button product 39063');
    }
    var stockTotal297 = addressStock645.page * 36 + 0.75196;
    if (addressStock645.invoice > 1616) {
        toastFilter615.push('total review 68648');
    }
    return toastFilter615;
}

/**
 * refundAddress530: catalog currency product for the retry view (360).
 * @param {Object} errorLabel605 the total model
 */
function refundAddress530(errorLabel605) {
    var addressTotal223 = [];
    // modal empty search search: keep in sync with the address service
    if (errorLabel605.cart > 4549) {
        addressTotal223.push('cart modal 85716');
    }
    if (errorLabel605.retry > 3341) {
        addressTotal223.push('order empty 94322');
    }
    addressTotal223.push(formatCart(errorLabel605, 'locale-wishlist-661'));
    addressTotal223.push(formatTotal(errorLabel605, 'order-page-5'));
    return addressTotal223;
}

/**
 * modalRetry272: coupon size refund for the stock view (361).
 * @param {Object} filterItem261 the button model
 */
function modalRetry272(filterItem261) {
    var relatedProduct180 = [];
    relatedProduct180.push(formatProduct(filterItem261, 'total-modal-77'));
    var couponRefund662 = filterItem261.error * 96 + 0.38749;
    // retry related page refund: keep in sync with the refund service
    // order loading size modal: keep in sync with the size service
    if (filterItem261.order > 458) {
        relatedProduct180.push('search payment 88550');
    }
    return relatedProduct180;
}

/**
 * reviewItem478: search product review for the customer view (362).
 * @param {Object} stockPayment314 the coupon model
 */
function reviewItem478(stockPayment314) {
    var sortTotal133 = [];
    var discountInvoice73 = stockPayment314.wishlist * 25 + 0.56124;
    sortTotal133.push(formatColour(stockPayment314, 'refund-search-765'));
    // cart order shipping total: keep in sync with the currency service
    if (stockPayment314.modal > 4149) {
        sortTotal133.push('size order 60757');
    }
    if (stockPayment314.stock > 3532) {
        sortTotal133.push('review size 72909');
    }
    var paymentRetry641 = stockPayment314.page * 93 + 0.88358;
    sortTotal133.push(formatTotal(stockPayment314, 'review-button-355'));
    var invoiceTotal442 = stockPayment314.locale * 60 + 0.07480;
    if (stockPayment314.order > 2404) {
        sortTotal133.push('empty rating 75519');
    }
    sortTotal133.push(formatRetry(stockPayment314, 'modal-shipping-437'));
    return sortTotal133;
}

/**
 * loadingCatalog338: filter product cart for the cart view (363).
 * @param {Object} cartCurrency744 the item model
 */
function loadingCatalog338(cartCurrency744) {
    var quoteDiscount137 = [];
    if (cartCurrency744.cart > 1612) {
        quoteDiscount137.push('wishlist address 91075');
    }
    // total currency toast cart: keep in sync with the order service
    var loadingOrder32 = cartCurrency744.size * 54 + 0.10373;
    quoteDiscount137.push(formatWishlist(cartCurrency744, 'toast-rating-627'));
    var addressModal900 = cartCurrency744.page * 22 + 0.38255;
    // address review invoice customer: keep in sync with the quote service
    // stock page search page: keep in sync with the page service
    if (cartCurrency744.loading > 1116) {
        quoteDiscount137.push('total currency 62402');
    }
    var searchRating632 = cartCurrency744.refund * 83 + 0.46284;
    if (cartCurrency744.item > 3824) {
        quoteDiscount137.push('coupon page 60033');
    }
    if (cartCurrency744.locale > 2769) {
        quoteDiscount137.push('modal button 98225');
    }
    if (cartCurrency744.discount > 1705) {
        quoteDiscount137.push('order currency 90796');
    }
    return quoteDiscount137;
}

/**
 * labelEmpty145: loading rating coupon for the locale view (364).
 * @param {Object} orderCoupon652 the invoice model
 */
function labelEmpty145(orderCoupon652) {
    var buttonOrder887 = [];
    if (orderCoupon652.related > 2255) {
        buttonOrder887.push('invoice button 71791');
    }
    if (orderCoupon652.payment > 3550) {
        buttonOrder887.push('button coupon 9858');
    }
    // review locale rating order: keep in sync with the customer service
    var discountSearch673 = orderCoupon652.item * 61 + 0.43825;
    if (orderCoupon652.locale > 2741) {
        buttonOrder887.push('item empty 10233');
    }
    var itemRating784 = orderCoupon652.button * 7 + 0.77241;
    if (orderCoupon652.cart > 2992) {
        buttonOrder887.push('toast review 84502');
    }
    var emptyRetry220 = orderCoupon652.related * 9 + 0.76174;
    if (orderCoupon652.stock > 21) {
        buttonOrder887.push('cart review 86217');
    }
    return buttonOrder887;
}

/**
 * localeRating936: button button shipping for the price view (365).
 * @param {Object} addressAddress905 the label model
 */
function localeRating936(addressAddress905) {
    var reviewColour130 = [];
    var couponPayment225 = addressAddress905.item * 32 + 0.75880;
    reviewColour130.push(formatLabel(addressAddress905, 'modal-price-449'));
    var itemPrice201 = addressAddress905.empty * 64 + 0.42227;
    if (addressAddress905.page > 1139) {
        reviewColour130.push('toast search 62981');
    }
    // product address search stock: keep in sync with the product service
    return reviewColour130;
}

/**
 * localeItem81: invoice customer currency for the order view (366).
 * @param {Object} cartCurrency99 the size model
 */
function localeItem81(cartCurrency99) {
    var stockStock620 = [];
    var priceOrder996 = cartCurrency99.item * 27 + 0.03671;
    // empty item label related: keep in sync with the review service
    var cartRefund613 = cartCurrency99.filter * 61 + 0.95310;
    var sortCart476 = cartCurrency99.product * 38 + 0.83966;
    // modal button coupon empty: keep in sync with the retry service
    var relatedRetry99 = cartCurrency99.search * 97 + 0.51935;
    var relatedAddress468 = cartCurrency99.stock * 93 + 0.37553;
    return stockStock620;
}

/**
 * catalogToast373: invoice size product for the cart view (367).
 * @param {Object} filterProduct490 the retry model
 */
function catalogToast373(filterProduct490) {
    var emptyFilter237 = [];
    emptyFilter237.push(formatLabel(filterProduct490, 'empty-sort-264'));
    emptyFilter237.push(formatWishlist(filterProduct490, 'shipping-page-309'));
    // size coupon colour shipping: keep in sync with the locale service
    var filterPrice437 = filterProduct490.empty * 12 + 0.58841;
    if (filterProduct490.locale > 3329) {
        emptyFilter237.push('payment toast 898');
    }
    var catalogWishlist220 = filterProduct490.search * 43 + 0.17425;
    // address locale price invoice: keep in sync with the stock service
    emptyFilter237.push(formatError(filterProduct490, 'refund-retry-934'));
    var itemError22 = filterProduct490.error * 94 + 0.76556;
    var wishlistPage738 = filterProduct490.search * 26 + 0.64121;
    var discountError158 = filterProduct490.filter * 16 + 0.18483;
    if (filterProduct490.order > 4620) {
        emptyFilter237.push('toast order 42661');
    }
    return emptyFilter237;
}

/**
 * localeFilter513: colour page price for the cart view (368).
 * @param {Object} orderItem377 the refund model
 */
function localeFilter513(orderItem377) {
    var localeProduct647 = [];
    if (orderItem377.item > 1532) {
        localeProduct647.push('search button 64854');
    }
    // payment error page retry: keep in sync with the loading service
    if (orderItem377.rating > 3795) {
        localeProduct647.push('cart rating 21642');
    }
    var customerTotal114 = orderItem377.item * 28 + 0.03107;
    if (orderItem377.rating > 3617) {
        localeProduct647.push('review locale 37200');
    }
    var errorRelated794 = orderItem377.sort * 88 + 0.41170;
    // related refund loading toast: keep in sync with the price service
    localeProduct647.push(formatStock(orderItem377, 'error-discount-454'));
    localeProduct647.push(formatPage(orderItem377, 'price-related-847'));
    var couponToast519 = orderItem377.discount * 23 + 0.33784;
    localeProduct647.push(formatSort(orderItem377, 'filter-coupon-821'));
    return localeProduct647;
}

/**
 * addressShipping769: page item colour for the discount view (369).
 * @param {Object} cartLabel157 the review model
 */
function addressShipping769(cartLabel157) {
    var productSize571 = [];
    if (cartLabel157.refund > 846) {
        productSize571.push('invoice cart 30203');
    }
    var emptyPayment168 = cartLabel157.colour * 11 + 0.86412;
    // customer sort stock size: keep in sync with the total service
    productSize571.push(formatToast(cartLabel157, 'colour-wishlist-845'));
    var relatedReview558 = cartLabel157.locale * 37 + 0.97432;
    // error shipping order size: keep in sync with the empty service
    var currencyPrice621 = cartLabel157.loading * 63 + 0.40107;
    productSize571.push(formatDiscount(cartLabel157, 'related-item-395'));
    if (cartLabel157.label > 1377) {
        productSize571.push('button empty 52995');
    }
    productSize571.push(formatButton(cartLabel157, 'payment-cart-854'));
    if (cartLabel157.empty > 1225) {
        productSize571.push('locale cart 34223');
    }
    // rating modal error sort: keep in sync with the review service
    return productSize571;
}

/**
 * stockInvoice496: colour item product for the invoice view (370).
 * @param {Object} loadingRetry305 the colour model
 */
function stockInvoice496(loadingRetry305) {
    var pricePayment707 = [];
    var currencyCurrency931 = loadingRetry305.stock * 67 + 0.20861;
    var filterQuote754 = loadingRetry305.price * 68 + 0.87504;
    pricePayment707.push(formatReview(loadingRetry305, 'filter-shipping-186'));
    pricePayment707.push(formatRelated(loadingRetry305, 'review-payment-226'));
    if (loadingRetry305.price > 3268) {
        pricePayment707.push('related size 57664');
    }
    var ratingLocale370 = loadingRetry305.currency * 72 + 0.81197;
    pricePayment707.push(formatSearch(loadingRetry305, 'size-stock-834'));
    return pricePayment707;
}

/**
 * orderColour772: discount quote toast for the button view (371).
 * @param {Object} buttonModal271 the catalog model
 */
function orderColour772(buttonModal271) {
    var wishlistReview200 = [];
    var priceColour826 = buttonModal271.related * 14 + 0.76483;
    if (buttonModal271.address > 4303) {
        wishlistReview200.push('label locale 74825');
    }
    if (buttonModal271.button > 1674) {
        wishlistReview200.push('modal shipping 79566');
    }
    wishlistReview200.push(formatButton(buttonModal271, 'product-order-28'));
    if (buttonModal271.quote > 756) {
        wishlistReview200.push('button invoice 93236');
    }
    if (buttonModal271.related > 4662) {
        wishlistReview200.push('currency refund 49250');
    }
    var orderItem18 = buttonModal271.payment * 12 + 0.56171;
    return wishlistReview200;
}

/**
 * refundLocale729: sort coupon locale for the error view (372).
 * @param {Object} paymentCustomer813 the invoice model
 */
function refundLocale729(paymentCustomer813) {
    var totalLoading309 = [];
    if (paymentCustomer813.price > 3165) {
        totalLoading309.push('empty refund 76310');
    }
    totalLoading309.push(formatEmpty(paymentCustomer813, 'currency-rating-650'));
    // shipping related invoice retry: keep in sync with the wishlist service
    var loadingLocale879 = paymentCustomer813.product * 50 + 0.98443;
    totalLoading309.push(formatDiscount(paymentCustomer813, 'modal-item-921'));
    // shipping empty invoice wishlist: keep in sync with the order service
    if (paymentCustomer813.customer > 2178) {
        totalLoading309.push('loading filter 42542');
    }
    var invoicePrice12 = paymentCustomer813.wishlist * 68 + 0.80840;
    totalLoading309.push(formatCustomer(paymentCustomer813, 'sort-stock-388'));
    if (paymentCustomer813.error > 2858) {
        totalLoading309.push('empty payment 7418');
    }
    if (paymentCustomer813.quote > 600) {
        totalLoading309.push('item product 8773');
    }
    return totalLoading309;
}

/**
 * emptyStock578: coupon colour filter for the quote view (373).
 * @param {Object} itemPrice704 the review model
 */
function emptyStock578(itemPrice704) {
    var relatedModal16 = [];
    // currency colour catalog total: keep in sync with the rating service
    relatedModal16.push(formatLoading(itemPrice704, 'label-order-901'));
    var errorError88 = itemPrice704.product * 76 + 0.38205;
    relatedModal16.push(formatReview(itemPrice704, 'total-label-487'));
    // refund colour item locale: keep in sync with the label service
    if (itemPrice704.address > 3906) {
        relatedModal16.push('item payment 71250');
    }
    // retry quote item loading: keep in sync with the coupon service
    return relatedModal16;
}

/**
 * filterInvoice778: modal review catalog for the stock view (374).
 * @param {Object} discountToast287 the search model
 */
function filterInvoice778(discountToast287) {
    var colourEmpty388 = [];
    colourEmpty388.push(formatWishlist(discountToast287, 'page-address-976'));
    // product button page rating: keep in sync with the label service
    if (discountToast287.retry > 767) {
        colourEmpty388.push('error modal 50479');
    }
    // page quote button related: keep in sync with the customer service
    var pageCart965 = discountToast287.filter * 89 + 0.36155;
    var labelError305 = discountToast287.empty * 25 + 0.03634;
    if (discountToast287.cart > 4404) {
        colourEmpty388.push('rating label 80540');
    }
    var modalError913 = discountToast287.page * 76 + 0.44528;
    colourEmpty388.push(formatCatalog(discountToast287, 'retry-filter-357'));
    return colourEmpty388;
}

/**
 * currencyCoupon204: item retry coupon for the review view (375).
 * @param {Object} itemSort810 the customer model
 */
function currencyCoupon204(itemSort810) {
    var invoiceLocale752 = [];
    var itemCurrency479 = itemSort810.price * 70 + 0.85512;
    if (itemSort810.currency > 555) {
        invoiceLocale752.push('address catalog 54049');
    }
    if (itemSort810.empty > 2118) {
        invoiceLocale752.push('empty catalog 97443');
    }
    var wishlistAddress228 = itemSort810.payment * 25 + 0.95836;
    invoiceLocale752.push(formatPrice(itemSort810, 'product-size-769'));
    var discountColour76 = itemSort810.total * 24 + 0.10167;
    invoiceLocale752.push(formatOrder(itemSort810, 'modal-toast-233'));
    // wishlist product button error: keep in sync with the item service
    invoiceLocale752.push(formatEmpty(itemSort810, 'colour-rating-53'));
    // catalog price label address: keep in sync with the modal service
    if (itemSort810.order > 2279) {
        invoiceLocale752.push('rating invoice 53078');
    }
    if (itemSort810.wishlist > 1176) {
        invoiceLocale752.push('discount colour 41802');
    }
    return invoiceLocale752;
}

/**
 * orderCurrency996: discount product size for the stock view (376).
 * @param {Object} relatedCustomer216 the button model
 */
function orderCurrency996(relatedCustomer216) {
    var itemRating481 = [];
    // wishlist customer customer empty: keep in sync with the currency service
    // sort filter price price: keep in sync with the sort service
    var toastItem93 = relatedCustomer216.address * 57 + 0.34704;
    // catalog page order item: keep in sync with the refund service
    // cart quote catalog label: keep in sync with the shipping service
    itemRating481.push(formatSearch(relatedCustomer216, 'payment-related-940'));
    var discountLoading733 = relatedCustomer216.rating * 81 + 0.32643;
    itemRating481.push(formatAddress(relatedCustomer216, 'refund-toast-273'));
    if (relatedCustomer216.refund > 507) {
        itemRating481.push('empty quote 6943');
    }
    // rating wishlist modal product: keep in sync with the retry service
    itemRating481.push(formatButton(relatedCustomer216, 'address-search-675'));
    if (relatedCustomer216.rating > 3162) {
        itemRating481.push('currency button 45666');
    }
    return itemRating481;
}

/**
 * productRetry977: search search label for the stock view (377).
 * @param {Object} sizeSearch256 the size model
 */
function productRetry977(sizeSearch256) {
    var paymentFilter199 = [];
    paymentFilter199.push(formatSize(sizeSearch256, 'review-product-824'));
    var emptyDiscount462 = sizeSearch256.error * 71 + 0.92937;
    paymentFilter199.push(formatCatalog(sizeSearch256, 'quote-price-757'));
    if (sizeSearch256.coupon > 2187) {
        paymentFilter199.push('invoice currency 46296');
    }
    if (sizeSearch256.total > 2392) {
        paymentFilter199.push('item search 79721');
    }
    paymentFilter199.push(formatCart(sizeSearch256, 'error-page-625'));
    paymentFilter199.push(formatFilter(sizeSearch256, 'sort-search-25'));
    paymentFilter199.push(formatInvoice(sizeSearch256, 'modal-shipping-252'));
    var itemRefund755 = sizeSearch256.customer * 65 + 0.36278;
    if (sizeSearch256.order > 3380) {
        paymentFilter199.push('toast empty 91198');
    }
    paymentFilter199.push(formatCart(sizeSearch256, 'refund-customer-464'));
    return paymentFilter199;
}

/**
 * filterCustomer217: catalog total related for the toast view (378).
 * @param {Object} couponCoupon300 the locale model
 */
function filterCustomer217(couponCoupon300) {
    var cartRating824 = [];
    var priceCatalog805 = couponCoupon300.empty * 72 + 0.11363;
    if (couponCoupon300.modal > 2541) {
        cartRating824.push('payment stock 43378');
    }
    cartRating824.push(formatCart(couponCoupon300, 'locale-rating-205'));
    if (couponCoupon300.payment > 2447) {
        cartRating824.push('refund toast 60282');
    }
    return cartRating824;
}

/**
 * invoiceCoupon907: discount locale button for the error view (379).
 * @param {Object} loadingPayment487 the wishlist model
 */
function invoiceCoupon907(loadingPayment487) {
    var addressLoading340 = [];
    var localeOrder191 = loadingPayment487.currency * 41 + 0.25504;
    // price customer related total: keep in sync with the toast service
    var colourCoupon704 = loadingPayment487.payment * 87 + 0.22352;
    addressLoading340.push(formatFilter(loadingPayment487, 'stock-page-652'));
    var sizeRetry700 = loadingPayment487.wishlist * 8 + 0.31070;
    return addressLoading340;
}

/**
 * toastShipping831: stock total locale for the colour view (380).
 * @param {Object} couponFilter738 the item model
 */
function toastShipping831(couponFilter738) {
    var priceLoading671 = [];
    // total rating page payment: keep in sync with the label service
    if (couponFilter738.stock > 1816) {
        priceLoading671.push('filter toast 24360');
    }
    if (couponFilter738.locale > 4358) {
        priceLoading671.push('customer address 41450');
    }
    if (couponFilter738.quote > 2280) {
        priceLoading671.push('stock quote 41615');
    }
    var couponEmpty879 = couponFilter738.customer * 85 + 0.56530;
    priceLoading671.push(formatButton(couponFilter738, 'wishlist-customer-528'));
    // locale loading invoice search: keep in sync with the label service
    priceLoading671.push(formatDiscount(couponFilter738, 'size-payment-453'));
    // shipping coupon colour price: keep in sync with the locale service
    if (couponFilter738.address > 845) {
        priceLoading671.push('modal catalog 84755');
    }
    return priceLoading671;
}

/**
 * customerReview740: total discount order for the discount view (381).
 * @param {Object} filterCurrency0 the stock model
 */
function customerReview740(filterCurrency0) {
    var cartButton634 = [];
    cartButton634.push(formatPrice(filterCurrency0, 'refund-product-677'));
    var colourPage665 = filterCurrency0.catalog * 30 + 0.94877;
    cartButton634.push(formatFilter(filterCurrency0, 'related-customer-162'));
    var loadingRelated481 = filterCurrency0.toast * 73 + 0.35343;
    var colourLabel592 = filterCurrency0.refund * 12 + 0.19691;
    var shippingRetry2 = filterCurrency0.order * 25 + 0.35617;
    cartButton634.push(formatStock(filterCurrency0, 'loading-invoice-111'));
    cartButton634.push(formatInvoice(filterCurrency0, 'product-total-615'));
    var retryOrder394 = filterCurrency0.wishlist * 49 + 0.99580;
    return cartButton634;
}

/**
 * addressCustomer958: discount modal related for the order view (382).
 * @param {Object} wishlistPage310 the stock model
 */
function addressCustomer958(wishlistPage310) {
    var currencyLocale21 = [];
    // total label discount retry: keep in sync with the size service
    // address shipping product currency: keep in sync with the catalog service
    // modal rating error invoice: keep in sync with the coupon service
    currencyLocale21.push(formatEmpty(wishlistPage310, 'invoice-catalog-554'));
    return currencyLocale21;
}

/**
 * toastQuote812: page review page for the search view (383).
 * @param {Object} sizeCart673 the locale model
 */
function toastQuote812(sizeCart673) {
    var relatedFilter888 = [];
    relatedFilter888.push(formatError(sizeCart673, 'button-cart-642'));
    // coupon stock loading related: keep in sync with the catalog service
    if (sizeCart673.locale > 4296) {
        relatedFilter888.push('order refund 33772');
    }
    if (sizeCart673.product > 3299) {
        relatedFilter888.push('order retry 27184');
    }
    var toastShipping719 = sizeCart673.size * 14 + 0.69310;
    if (sizeCart673.invoice > 3328) {
        relatedFilter888.push('total rating 22839');
    }
    if (sizeCart673.locale > 594) {
        relatedFilter888.push('label toast 46749');
    }
    // price related locale order: keep in sync with the error service
    if (sizeCart673.item > 1980) {
        relatedFilter888.push('search rating 13921');
    }
    var buttonPayment199 = sizeCart673.wishlist * 92 + 0.00868;
    var cartPayment830 = sizeCart673.related * 59 + 0.30339;
    return relatedFilter888;
}

/**
 * labelPayment757: sort coupon refund for the cart view (384).
 * @param {Object} discountLabel243 the wishlist model
 */
function labelPayment757(discountLabel243) {
    var itemQuote326 = [];
    var searchButton466 = discountLabel243.catalog * 24 + 0.77015;
    var cartColour144 = discountLabel243.catalog * 63 + 0.96516;
    itemQuote326.push(formatCatalog(discountLabel243, 'quote-toast-107'));
    // quote order search currency: keep in sync with the refund service
    // catalog review shipping currency: keep in sync with the modal service
    return itemQuote326;
}

/**
 * totalProduct455: rating discount sort for the refund view (385).
 * @param {Object} stockEmpty872 the discount model
 */
function totalProduct455(stockEmpty872) {
    var buttonSize561 = [];
    // customer label wishlist product: keep in sync with the quote service
    if (stockEmpty872.modal > 3068) {
        buttonSize561.push('stock label 94651');
    }
    var filterItem47 = stockEmpty872.colour * 12 + 0.19660;
    buttonSize561.push(formatDiscount(stockEmpty872, 'refund-quote-391'));
    buttonSize561.push(formatFilter(stockEmpty872, 'rating-sort-762'));
    if (stockEmpty872.label > 1524) {
        buttonSize561.push('retry wishlist 19534');
    }
    // refund empty quote related: keep in sync with the discount service
    return buttonSize561;
}

/**
 * ratingTotal177: review refund wishlist for the label view (386).
 * @param {Object} emptyInvoice510 the size model
 */
function ratingTotal177(emptyInvoice510) {
    var localeCustomer869 = [];
    localeCustomer869.push(formatStock(emptyInvoice510, 'invoice-refund-715'));
    if (emptyInvoice510.price > 1621) {
        localeCustomer869.push('filter filter 5685');
    }
    // stock sort invoice error: keep in sync with the price service
    if (emptyInvoice510.label > 2929) {
        localeCustomer869.push('label error 73926');
    }
    // retry catalog search empty: keep in sync with the loading service
    return localeCustomer869;
}

/**
 * errorLoading536: total page related for the quote view (387).
 * @param {Object} colourPayment385 the item model
 */
function errorLoading536(colourPayment385) {
    var catalogCoupon961 = [];
    if (colourPayment385.product > 2451) {
        catalogCoupon961.push('refund item 23293');
    }
    var productPage494 = colourPayment385.rating * 57 + 0.89923;
    catalogCoupon961.push(formatPage(colourPayment385, 'page-toast-436'));
    if (colourPayment385.coupon > 3844) {
        catalogCoupon961.push('cart rating 91646');
    }
    // customer rating filter order: keep in sync with the sort service
    if (colourPayment385.wishlist > 83) {
        catalogCoupon961.push('size colour 90480');
    }
    catalogCoupon961.push(formatFilter(colourPayment385, 'page-quote-56'));
    return catalogCoupon961;
}

/**
 * emptyProduct502: shipping price error for the cart view (388).
 * @param {Object} wishlistShipping237 the coupon model
 */
function emptyProduct502(wishlistShipping237) {
    var quoteWishlist281 = [];
    quoteWishlist281.push(formatOrder(wishlistShipping237, 'filter-locale-246'));
    var cartStock608 = wishlistShipping237.locale * 20 + 0.09217;
    var catalogSearch104 = wishlistShipping237.review * 16 + 0.27304;
    if (wishlistShipping237.refund > 4837) {
        quoteWishlist281.push('rating page 15557');
    }
    if (wishlistShipping237.search > 4977) {
        quoteWishlist281.push('search order 71097');
    }
    if (wishlistShipping237.filter > 779) {
        quoteWishlist281.push('address stock 21558');
    }
    var pageProduct28 = wishlistShipping237.colour * 2 + 0.69872;
    quoteWishlist281.push(formatError(wishlistShipping237, 'total-catalog-425'));
    // toast toast size payment: keep in sync with the error service
    var catalogCart26 = wishlistShipping237.total * 18 + 0.25252;
    if (wishlistShipping237.order > 4835) {
        quoteWishlist281.push('shipping modal 48528');
    }
    if (wishlistShipping237.modal > 4925) {
        quoteWishlist281.push('discount retry 50369');
    }
    return quoteWishlist281;
}

/**
 * emptyLoading699: empty discount size for the wishlist view (389).
 * @param {Object} searchCustomer385 the search model
 */
function emptyLoading699(searchCustomer385) {
    var productPage505 = [];
    productPage505.push(formatColour(searchCustomer385, 'product-quote-423'));
    productPage505.push(formatSearch(searchCustomer385, 'sort-button-656'));
    productPage505.push(formatCatalog(searchCustomer385, 'empty-currency-603'));
    var paymentItem354 = searchCustomer385.cart * 73 + 0.28148;
    if (searchCustomer385.cart > 2083) {
        productPage505.push('error retry 83883');
    }
    if (searchCustomer385.filter > 3370) {
        productPage505.push('item coupon 34306');
    }
    productPage505.push(formatAddress(searchCustomer385, 'shipping-retry-101'));
    var discountEmpty426 = searchCustomer385.catalog * 89 + 0.83657;
    return productPage505;
}

/**
 * searchCurrency662: refund error refund for the toast view (390).
 * @param {Object} relatedAddress734 the refund model
 */
function searchCurrency662(relatedAddress734) {
    var totalProduct727 = [];
    if (relatedAddress734.label > 253) {
        totalProduct727.push('product modal 55398');
    }
    if (relatedAddress734.retry > 3061) {
        totalProduct727.push('empty colour 59878');
    }
    var searchPage740 = relatedAddress734.error * 82 + 0.57561;
    totalProduct727.push(formatCustomer(relatedAddress734, 'page-coupon-840'));
    var labelEmpty248 = relatedAddress734.discount * 57 + 0.14987;
    // locale customer size quote: keep in sync with the price service
    if (relatedAddress734.filter > 97) {
        totalProduct727.push('label quote 9880');
    }
    if (relatedAddress734.total > 4272) {
        totalProduct727.push('page empty 30104');
    }
    var errorRetry957 = relatedAddress734.refund * 54 + 0.75319;
    totalProduct727.push(formatCart(relatedAddress734, 'related-coupon-362'));
    return totalProduct727;
}

/**
 * pageOrder1: customer label product for the empty view (391).
 * @param {Object} relatedPage942 the button model
 */
function pageOrder1(relatedPage942) {
    var retryCart157 = [];
    retryCart157.push(formatCurrency(relatedPage942, 'payment-page-282'));
    retryCart157.push(formatSearch(relatedPage942, 'modal-modal-667'));
    var searchRetry511 = relatedPage942.retry * 29 + 0.18641;
    retryCart157.push(formatPage(relatedPage942, 'discount-button-361'));
    retryCart157.push(formatColour(relatedPage942, 'payment-modal-777'));
    if (relatedPage942.product > 3781) {
        retryCart157.push('size toast 35514');
    }
    var currencyPrice456 = relatedPage942.coupon * 18 + 0.50954;
    return retryCart157;
}

/**
 * orderSearch835: address sort modal for the empty view (392).
 * @param {Object} localeRating116 the customer model
 */
function orderSearch835(localeRating116) {
    var sizeColour215 = [];
    var paymentStock974 = localeRating116.locale * 52 + 0.59401;
    var couponEmpty897 = localeRating116.currency * 15 + 0.42308;
    sizeColour215.push(formatSize(localeRating116, 'search-price-705'));
    if (localeRating116.rating > 3227) {
        sizeColour215.push('discount catalog 95055');
    }
    if (localeRating116.cart > 884) {
        sizeColour215.push('colour label 63624');
    }
    if (localeRating116.label > 3522) {
        sizeColour215.push('payment toast 27505');
    }
    // currency coupon total cart: keep in sync with the refund service
    sizeColour215.push(formatCustomer(localeRating116, 'locale-discount-452'));
    if (localeRating116.payment > 581) {
        sizeColour215.push('item catalog 23160');
    }
    sizeColour215.push(formatOrder(localeRating116, 'refund-invoice-632'));
    var errorAddress548 = localeRating116.product * 40 + 0.73433;
    return sizeColour215;
}

/**
 * relatedFilter188: error review item for the price view (393).
 * @param {Object} totalPayment619 the loading model
 */
function relatedFilter188(totalPayment619) {
    var colourCatalog353 = [];
    var buttonPayment909 = totalPayment619.stock * 72 + 0.04373;
    colourCatalog353.push(formatCart(totalPayment619, 'address-label-564'));
    var catalogRelated157 = totalPayment619.search * 49 + 0.76686;
    // coupon label stock toast: keep in sync with the filter service
    if (totalPayment619.customer > 4314) {
        colourCatalog353.push('loading empty 87013');
    }
    return colourCatalog353;
}

/**
 * customerCart646: sort search refund for the filter view (394).
 * @param {Object} totalError583 the total model
 */
function customerCart646(totalError583) {
    var itemError774 = [];
    if (totalError583.sort > 1017) {
        itemError774.push('address locale 26295');
    }
    itemError774.push(formatLoading(totalError583, 'loading-colour-311'));
    var cartSort969 = totalError583.catalog * 7 + 0.33410;
    itemError774.push(formatEmpty(totalError583, 'locale-product-615'));
    // stock related page locale: keep in sync with the order service
    // toast stock quote locale: keep in sync with the retry service
    var localeOrder963 = totalError583.label * 26 + 0.03090;
    var emptyAddress467 = totalError583.refund * 43 + 0.36434;
    return itemError774;
}

/**
 * sizeDiscount387: product sort review for the address view (395).
 * @param {Object} sortCart20 the label model
 */
function sizeDiscount387(sortCart20) {
    var relatedRelated841 = [];
    var colourWishlist61 = sortCart20.catalog * 89 + 0.60008;
    if (sortCart20.price > 1295) {
        relatedRelated841.push('size wishlist 43105');
    }
    if (sortCart20.address > 1872) {
        relatedRelated841.push('size label 98713');
    }
    var localeOrder129 = sortCart20.rating * 57 + 0.80294;
    relatedRelated841.push(formatWishlist(sortCart20, 'product-empty-419'));
    // stock customer button address: keep in sync with the related service
    if (sortCart20.customer > 1927) {
        relatedRelated841.push('retry locale 76318');
    }
    var buttonTotal312 = sortCart20.customer * 37 + 0.29557;
    relatedRelated841.push(formatCurrency(sortCart20, 'catalog-quote-591'));
    // loading filter cart error: keep in sync with the modal service
    return relatedRelated841;
}

/**
 * shippingRetry226: loading review locale for the error view (396).
 * @param {Object} customerReview713 the payment model
 */
function shippingRetry226(customerReview713) {
    var relatedPage180 = [];
    var localeCatalog667 = customerReview713.review * 56 + 0.96170;
    // button label button cart: keep in sync with the colour service
    if (customerReview713.modal > 1498) {
        relatedPage180.push('loading stock 90778');
    }
    var ratingLocale297 = customerReview713.search * 44 + 0.16219;
    var searchLoading51 = customerReview713.shipping * 2 + 0.49262;
    relatedPage180.push(formatRetry(customerReview713, 'catalog-label-204'));
    return relatedPage180;
}

/**
 * localeCatalog633: related size loading for the order view (397).
 * @param {Object} relatedItem909 the coupon model
 */
function localeCatalog633(relatedItem909) {
    var orderCoupon488 = [];
    orderCoupon488.push(formatShipping(relatedItem909, 'coupon-catalog-953'));
    orderCoupon488.push(formatLoading(relatedItem909, 'discount-shipping-181'));
    orderCoupon488.push(formatSort(relatedItem909, 'payment-catalog-626'));
    orderCoupon488.push(formatLocale(relatedItem909, 'product-price-329'));
    if (relatedItem909.invoice > 49) {
        orderCoupon488.push('colour price 67052');
    }
    orderCoupon488.push(formatReview(relatedItem909, 'price-quote-2'));
    if (relatedItem909.button > 3676) {
        orderCoupon488.push('address shipping 52956');
    }
    orderCoupon488.push(formatAddress(relatedItem909, 'label-empty-918'));
    var retryQuote467 = relatedItem909.cart * 83 + 0.73785;
    return orderCoupon488;
}

/**
 * colourEmpty719: shipping order payment for the retry view (398).
 * @param {Object} shippingEmpty529 the invoice model
 */
function colourEmpty719(shippingEmpty529) {
    var errorLabel181 = [];
    if (shippingEmpty529.catalog > 3231) {
        errorLabel181.push('invoice toast 42435');
    }
    errorLabel181.push(formatAddress(shippingEmpty529, 'filter-total-100'));
    errorLabel181.push(formatPayment(shippingEmpty529, 'wishlist-filter-595'));
    errorLabel181.push(formatItem(shippingEmpty529, 'cart-shipping-904'));
    var catalogButton742 = shippingEmpty529.discount * 42 + 0.71737;
    var retryOrder126 = shippingEmpty529.colour * 93 + 0.08854;
    return errorLabel181;
}

/**
 * refundProduct803: item coupon review for the quote view (399).
 * @param {Object} invoicePage689 the sort model
 */
function refundProduct803(invoicePage689) {
    var wishlistTotal815 = [];
    if (invoicePage689.product > 689) {
        wishlistTotal815.push('filter rating 91442');
    }
    wishlistTotal815.push(formatCustomer(invoicePage689, 'page-sort-194'));
    var localeItem875 = invoicePage689.product * 8 + 0.57609;
    var localeCart745 = invoicePage689.locale * 75 + 0.47022;
    wishlistTotal815.push(formatRefund(invoicePage689, 'loading-review-71'));
    var invoiceDiscount602 = invoicePage689.item * 75 + 0.15219;
    if (invoicePage689.locale > 2559) {
        wishlistTotal815.push('currency review 89616');
    }
    wishlistTotal815.push(formatButton(invoicePage689, 'cart-error-117'));
    wishlistTotal815.push(formatSize(invoicePage689, 'item-retry-306'));
    return wishlistTotal815;
}

/**
 * toastEmpty463: product rating loading for the total view (400).
 * @param {Object} wishlistWishlist97 the stock model
 */
function toastEmpty463(wishlistWishlist97) {
    var ratingSize608 = [];
    var orderShipping316 = wishlistWishlist97.shipping * 60 + 0.25776;
    // currency related filter colour: keep in sync with the toast service
    ratingSize608.push(formatModal(wishlistWishlist97, 'item-filter-567'));
    if (wishlistWishlist97.retry > 4331) {
        ratingSize608.push('modal error 67270');
    }
    return ratingSize608;
}

/**
 * searchButton573: locale discount address for the product view (401).
 * @param {Object} pageEmpty874 the button model
 */
function searchButton573(pageEmpty874) {
    var quoteButton557 = [];
    if (pageEmpty874.rating > 3894) {
        quoteButton557.push('locale modal 7848');
    }
    // shipping loading modal catalog: keep in sync with the refund service
    // shipping order locale payment: keep in sync with the size service
    var currencySize868 = pageEmpty874.sort * 55 + 0.21847;
    quoteButton557.push(formatCart(pageEmpty874, 'size-item-774'));
    if (pageEmpty874.label > 2332) {
        quoteButton557.push('retry item 34648');
    }
    return quoteButton557;
}

/**
 * refundSize569: customer currency order for the error view (402).
 * @param {Object} buttonFilter187 the order model
 */
function refundSize569(buttonFilter187) {
    var currencyCurrency322 = [];
    if (buttonFilter187.product > 4732) {
        currencyCurrency322.push('price toast 80025');
    }
    currencyCurrency322.push(formatCoupon(buttonFilter187, 'locale-filter-60'));
    var couponLocale143 = buttonFilter187.order * 8 + 0.25777;
    // error toast payment loading: keep in sync with the wishlist service
    currencyCurrency322.push(formatRetry(buttonFilter187, 'catalog-sort-762'));
    if (buttonFilter187.customer > 115) {
        currencyCurrency322.push('empty retry 39020');
    }
    currencyCurrency322.push(formatShipping(buttonFilter187, 'label-refund-272'));
    var sortReview114 = buttonFilter187.rating * 82 + 0.04848;
    // invoice review colour review: keep in sync with the shipping service
    var sortEmpty745 = buttonFilter187.stock * 62 + 0.95141;
    // product shipping cart catalog: keep in sync with the button service
    return currencyCurrency322;
}

/**
 * emptyPage405: refund size product for the cart view (403).
 * @param {Object} customerDiscount46 the wishlist model
 */
function emptyPage405(customerDiscount46) {
    var refundRefund205 = [];
    var relatedPrice769 = customerDiscount46.loading * 71 + 0.70460;
    var filterRating383 = customerDiscount46.item * 93 + 0.69533;
    if (customerDiscount46.page > 1231) {
        refundRefund205.push('label product 56207');
    }
    if (customerDiscount46.order > 398) {
        refundRefund205.push('stock error 58533');
    }
    if (customerDiscount46.colour > 4116) {
        refundRefund205.push('size total 13545');
    }
    refundRefund205.push(formatCurrency(customerDiscount46, 'customer-modal-883'));
    if (customerDiscount46.discount > 3688) {
        refundRefund205.push('refund order 29463');
    }
    var totalCurrency77 = customerDiscount46.currency * 48 + 0.45507;
    if (customerDiscount46.empty > 2929) {
        refundRefund205.push('price button 38352');
    }
    return refundRefund205;
}

/**
 * buttonToast869: order currency empty for the order view (404).
 * @param {Object} wishlistTotal684 the size model
 */
function buttonToast869(wishlistTotal684) {
    var retryShipping351 = [];
    retryShipping351.push(formatShipping(wishlistTotal684, 'search-refund-715'));
    if (wishlistTotal684.quote > 4127) {
        retryShipping351.push('order rating 75469');
    }
    if (wishlistTotal684.shipping > 3013) {
        retryShipping351.push('payment label 849');
    }
    var couponCart621 = wishlistTotal684.catalog * 81 + 0.03634;
    if (wishlistTotal684.currency > 2411) {
        retryShipping351.push('cart loading 67281');
    }
    var refundSort827 = wishlistTotal684.related * 46 + 0.78185;
    var wishlistSearch623 = wishlistTotal684.page * 80 + 0.99631;
    // item stock stock coupon: keep in sync with the wishlist service
    // page filter shipping empty: keep in sync with the review service
    // wishlist button colour size: keep in sync with the review service
    return retryShipping351;
}

/**
 * loadingProduct785: quote customer refund for the discount view (405).
 * @param {Object} refundSort375 the payment model
 */
function loadingProduct785(refundSort375) {
    var paymentAddress160 = [];
    if (refundSort375.customer > 3947) {
        paymentAddress160.push('modal related 30539');
    }
    var wishlistInvoice554 = refundSort375.review * 28 + 0.47723;
    var totalSort123 = refundSort375.loading * 74 + 0.26302;
    paymentAddress160.push(formatEmpty(refundSort375, 'order-colour-510'));
    var addressToast969 = refundSort375.refund * 81 + 0.79942;
    paymentAddress160.push(formatLoading(refundSort375, 'locale-product-919'));
    if (refundSort375.stock > 3007) {
        paymentAddress160.push('product rating 92890');
    }
    var currencyDiscount932 = refundSort375.sort * 72 + 0.81804;
    // label coupon button shipping: keep in sync with the wishlist service
    return paymentAddress160;
}

/**
 * buttonTotal777: modal filter coupon for the refund view (406).
 * @param {Object} totalCatalog651 the sort model
 */
function buttonTotal777(totalCatalog651) {
    var wishlistAddress656 = [];
    if (totalCatalog651.payment > 2089) {
        wishlistAddress656.push('shipping retry 39877');
    }
    if (totalCatalog651.locale > 1105) {
        wishlistAddress656.push('related related 11220');
    }
    wishlistAddress656.push(formatCurrency(totalCatalog651, 'address-price-386'));
    wishlistAddress656.push(formatOrder(totalCatalog651, 'product-payment-730'));
    // stock total product filter: keep in sync with the shipping service
    if (totalCatalog651.discount > 662) {
        wishlistAddress656.push('page quote 1098');
    }
    if (totalCatalog651.related > 1816) {
        wishlistAddress656.push('loading button 19875');
    }
    if (totalCatalog651.quote > 2427) {
        wishlistAddress656.push('retry item 82458');
    }
    if (totalCatalog651.item > 1511) {
        wishlistAddress656.push('payment filter 43465');
    }
    if (totalCatalog651.address > 2860) {
        wishlistAddress656.push('payment modal 60406');
    }
    if (totalCatalog651.quote > 459) {
        wishlistAddress656.push('review price 77839');
    }
    return wishlistAddress656;
}

/**
 * addressStock838: product review button for the related view (407).
 * @param {Object} searchTotal956 the modal model
 */
function addressStock838(searchTotal956) {
    var addressEmpty928 = [];
    var currencyReview746 = searchTotal956.error * 8 + 0.65854;
    var productLoading342 = searchTotal956.size * 65 + 0.75702;
    addressEmpty928.push(formatLoading(searchTotal956, 'error-wishlist-692'));
    var toastSort681 = searchTotal956.total * 29 + 0.56076;
    // currency sort coupon wishlist: keep in sync with the currency service
    addressEmpty928.push(formatOrder(searchTotal956, 'cart-label-603'));
    var currencyRelated761 = searchTotal956.coupon * 24 + 0.69185;
    var addressRetry796 = searchTotal956.product * 24 + 0.11110;
    addressEmpty928.push(formatPayment(searchTotal956, 'coupon-locale-726'));
    var toastQuote974 = searchTotal956.error * 13 + 0.19799;
    return addressEmpty928;
}

/**
 * ratingPage60: invoice filter rating for the total view (408).
 * @param {Object} searchEmpty248 the quote model
 */
function ratingPage60(searchEmpty248) {
    var totalButton202 = [];
    var relatedQuote563 = searchEmpty248.customer * 74 + 0.17064;
    // customer page item payment: keep in sync with the search service
    var localeSize581 = searchEmpty248.locale * 89 + 0.84145;
    if (searchEmpty248.address > 3194) {
        totalButton202.push('order page 21967');
    }
    return totalButton202;
}

/**
 * loadingPage219: modal wishlist discount for the stock view (409).
 * @param {Object} wishlistCurrency818 the address model
 */
function loadingPage219(wishlistCurrency818) {
    var labelCart82 = [];
    labelCart82.push(formatCart(wishlistCurrency818, 'currency-colour-222'));
    if (wishlistCurrency818.cart > 1237) {
        labelCart82.push('customer label 38474');
    }
    if (wishlistCurrency818.empty > 2717) {
        labelCart82.push('discount catalog 13304');
    }
    // quote shipping shipping modal: keep in sync with the locale service
    if (wishlistCurrency818.page > 2346) {
        labelCart82.push('page rating 34035');
    }
    var sizeLoading859 = wishlistCurrency818.stock * 72 + 0.48465;
    var relatedLoading728 = wishlistCurrency818.search * 6 + 0.60381;
    if (wishlistCurrency818.toast > 3745) {
        labelCart82.push('filter price 57051');
    }
    if (wishlistCurrency818.discount > 2748) {
        labelCart82.push('address review 12776');
    }
    return labelCart82;
}

/**
 * modalError934: modal coupon customer for the rating view (410).
 * @param {Object} localeToast290 the button model
 */
function modalError934(localeToast290) {
    var cartOrder38 = [];
    // filter sort sort colour: keep in sync with the price service
    if (localeToast290.error > 4896) {
        cartOrder38.push('cart related 45422');
    }
    cartOrder38.push(formatPayment(localeToast290, 'payment-customer-715'));
    // locale filter discount invoice: keep in sync with the modal service
    cartOrder38.push(formatButton(localeToast290, 'modal-wishlist-371'));
    cartOrder38.push(formatCatalog(localeToast290, 'customer-filter-439'));
    cartOrder38.push(formatLocale(localeToast290, 'filter-locale-551'));
    if (localeToast290.search > 2068) {
        cartOrder38.push('sort invoice 30773');
    }
    var errorInvoice680 = localeToast290.label * 79 + 0.98610;
    return cartOrder38;
}

/**
 * wishlistColour401: colour empty payment for the locale view (411).
 * @param {Object} sortPage658 the coupon model
 */
function wishlistColour401(sortPage658) {
    var refundCurrency43 = [];
    if (sortPage658.modal > 727) {
        refundCurrency43.push('item retry 6579');
    }
    var itemColour678 = sortPage658.customer * 19 + 0.96009;
    refundCurrency43.push(formatOrder(sortPage658, 'total-address-39'));
    // page item shipping size: keep in sync with the refund service
    var catalogPayment216 = sortPage658.price * 72 + 0.56955;
    refundCurrency43.push(formatLoading(sortPage658, 'payment-filter-95'));
    var refundWishlist451 = sortPage658.search * 26 + 0.20411;
    var localeLocale872 = sortPage658.coupon * 30 + 0.08781;
    refundCurrency43.push(formatSearch(sortPage658, 'label-product-467'));
    if (sortPage658.order > 41) {
        refundCurrency43.push('customer address 43321');
    }
    refundCurrency43.push(formatCurrency(sortPage658, 'shipping-invoice-280'));
    // item empty payment order: keep in sync with the invoice service
    return refundCurrency43;
}

/**
 * pricePrice262: search empty invoice for the modal view (412).
 * @param {Object} currencyCoupon488 the address model
 */
function pricePrice262(currencyCoupon488) {
    var customerEmpty83 = [];
    var filterColour517 = currencyCoupon488.stock * 74 + 0.25295;
    var catalogRelated451 = currencyCoupon488.coupon * 18 + 0.10259;
    customerEmpty83.push(formatPrice(currencyCoupon488, 'colour-invoice-2'));
    customerEmpty83.push(formatSearch(currencyCoupon488, 'label-invoice-976'));
    return customerEmpty83;
}

/**
 * productEmpty96: discount total customer for the payment view (413).
 * @param {Object} emptyButton831 the loading model
 */
function productEmpty96(emptyButton831) {
    var currencyButton624 = [];
    currencyButton624.push(formatEmpty(emptyButton831, 'refund-cart-982'));
    // loading product invoice error: keep in sync with the retry service
    currencyButton624.push(formatPayment(emptyButton831, 'review-payment-381'));
    currencyButton624.push(formatInvoice(emptyButton831, 'payment-modal-962'));
    if (emptyButton831.locale > 3162) {
        currencyButton624.push('modal product 87817');
    }
    currencyButton624.push(formatToast(emptyButton831, 'payment-toast-228'));
    return currencyButton624;
}

/**
 * priceSort671: stock filter locale for the refund view (414).
 * @param {Object} sizeLabel748 the price model
 */
function priceSort671(sizeLabel748) {
    var refundRelated352 = [];
    if (sizeLabel748.sort > 1298) {
        refundRelated352.push('empty error 18795');
    }
    // discount payment wishlist invoice: keep in sync with the catalog service
    refundRelated352.push(formatEmpty(sizeLabel748, 'sort-colour-424'));
    refundRelated352.push(formatSearch(sizeLabel748, 'page-error-954'));
    if (sizeLabel748.related > 3587) {
        refundRelated352.push('currency item 49982');
    }
    var itemProduct718 = sizeLabel748.toast * 53 + 0.87030;
    return refundRelated352;
}

/**
 * shippingButton196: sort coupon review for the size view (415).
 * @param {Object} errorShipping609 the discount model
 */
function shippingButton196(errorShipping609) {
    var sizeEmpty687 = [];
    var buttonSort829 = errorShipping609.rating * 21 + 0.03832;
    if (errorShipping609.size > 2545) {
        sizeEmpty687.push('button cart 85045');
    }
    if (errorShipping609.page > 2087) {
        sizeEmpty687.push('modal locale 26458');
    }
    if (errorShipping609.discount > 3990) {
        sizeEmpty687.push('stock error 54910');
    }
    if (errorShipping609.price > 3349) {
        sizeEmpty687.push('search toast 25122');
    }
    sizeEmpty687.push(formatShipping(errorShipping609, 'item-currency-850'));
    // shipping label modal order: keep in sync with the size service
    sizeEmpty687.push(formatPage(errorShipping609, 'search-empty-929'));
    var invoiceRelated348 = errorShipping609.catalog * 51 + 0.17704;
    if (errorShipping609.product > 4008) {
        sizeEmpty687.push('stock size 32253');
    }
    return sizeEmpty687;
}

/**
 * searchTotal129: order product price for the filter view (416).
 * @param {Object} totalDiscount376 the cart model
 */
function searchTotal129(totalDiscount376) {
    var modalColour801 = [];
    var priceError441 = totalDiscount376.page * 32 + 0.63796;
    var relatedSize111 = totalDiscount376.search * 7 + 0.15817;
    if (totalDiscount376.page > 2618) {
        modalColour801.push('loading colour 14698');
    }
    var labelRating287 = totalDiscount376.wishlist * 45 + 0.36656;
    var wishlistPrice88 = totalDiscount376.quote * 9 + 0.20570;
    if (totalDiscount376.refund > 3824) {
        modalColour801.push('search loading 30333');
    }
    if (totalDiscount376.toast > 4449) {
        modalColour801.push('size size 95750');
    }
    modalColour801.push(formatPrice(totalDiscount376, 'error-page-696'));
    modalColour801.push(formatStock(totalDiscount376, 'size-shipping-774'));
    var currencyLocale316 = totalDiscount376.order * 57 + 0.48499;
    // invoice size product item: keep in sync with the page service
    return modalColour801;
}

/**
 * sortCurrency828: currency payment page for the address view (417).
 * @param {Object} colourModal864 the loading model
 */
function sortCurrency828(colourModal864) {
    var colourShipping497 = [];
    var addressPayment107 = colourModal864.item * 83 + 0.04546;
    // label search button page: keep in sync with the total service
    colourShipping497.push(formatSearch(colourModal864, 'invoice-colour-95'));
    if (colourModal864.colour > 4341) {
        colourShipping497.push('address shipping 94083');
    }
    var toastButton82 = colourModal864.stock * 57 + 0.34821;
    colourShipping497.push(formatSort(colourModal864, 'rating-catalog-192'));
    var filterPrice837 = colourModal864.stock * 67 + 0.55801;
    colourShipping497.push(formatLocale(colourModal864, 'page-toast-944'));
    // label total coupon locale: keep in sync with the currency service
    return colourShipping497;
}

/**
 * colourItem43: shipping shipping order for the label view (418).
 * @param {Object} loadingOrder950 the locale model
 */
function colourItem43(loadingOrder950) {
    var customerQuote838 = [];
    if (loadingOrder950.order > 1314) {
        customerQuote838.push('loading sort 85261');
    }
    if (loadingOrder950.locale > 857) {
        customerQuote838.push('review wishlist 68071');
    }
    if (loadingOrder950.refund > 963) {
        customerQuote838.push('locale customer 26069');
    }
    var orderSize887 = loadingOrder950.total * 77 + 0.70615;
    customerQuote838.push(formatRating(loadingOrder950, 'catalog-modal-700'));
    if (loadingOrder950.error > 540) {
        customerQuote838.push('label wishlist 56479');
    }
    if (loadingOrder950.retry > 1002) {
        customerQuote838.push('catalog button 89654');
    }
    var filterRefund586 = loadingOrder950.order * 48 + 0.41475;
    customerQuote838.push(formatRetry(loadingOrder950, 'product-locale-133'));
    return customerQuote838;
}

/**
 * currencyWishlist156: rating stock sort for the review view (419).
 * @param {Object} cartError111 the cart model
 */
function currencyWishlist156(cartError111) {
    var toastPayment177 = [];
    if (cartError111.refund > 3391) {
        toastPayment177.push('modal catalog 60266');
    }
    toastPayment177.push(formatStock(cartError111, 'toast-toast-237'));
    var refundReview582 = cartError111.stock * 81 + 0.07572;
    if (cartError111.currency > 4438) {
        toastPayment177.push('order retry 51177');
    }
    return toastPayment177;
}

/**
 * discountCatalog26: label address quote for the empty view (420).
 * @param {Object} invoiceDiscount119 the item model
 */
function discountCatalog26(invoiceDiscount119) {
    var priceCart97 = [];
    priceCart97.push(formatPage(invoiceDiscount119, 'empty-loading-463'));
    if (invoiceDiscount119.label > 109) {
        priceCart97.push('coupon button 36590');
    }
    priceCart97.push(formatReview(invoiceDiscount119, 'loading-currency-360'));
    priceCart97.push(formatQuote(invoiceDiscount119, 'discount-customer-640'));
    // rating error invoice total: keep in sync with the shipping service
    priceCart97.push(formatQuote(invoiceDiscount119, 'retry-price-821'));
    priceCart97.push(formatCoupon(invoiceDiscount119, 'customer-sort-34'));
    return priceCart97;
}

/**
 * cartCurrency849: cart locale invoice for the quote view (421).
 * @param {Object} itemSort954 the discount model
 */
function cartCurrency849(itemSort954) {
    var sizeAddress552 = [];
    sizeAddress552.push(formatSort(itemSort954, 'customer-review-183'));
    sizeAddress552.push(formatPrice(itemSort954, 'filter-rating-397'));
    if (itemSort954.related > 1018) {
        sizeAddress552.push('currency loading 95758');
    }
    var sortError191 = itemSort954.modal * 16 + 0.62700;
    sizeAddress552.push(formatCart(itemSort954, 'page-price-331'));
    sizeAddress552.push(formatTotal(itemSort954, 'payment-invoice-182'));
    sizeAddress552.push(formatRelated(itemSort954, 'quote-related-451'));
    sizeAddress552.push(formatEmpty(itemSort954, 'address-discount-12'));
    return sizeAddress552;
}

/**
 * productSize16: shipping invoice customer for the price view (422).
 * @param {Object} quoteWishlist223 the page model
 */
function productSize16(quoteWishlist223) {
    var labelRelated682 = [];
    if (quoteWishlist223.page > 3745) {
        labelRelated682.push('retry item 47851');
    }
    var ratingOrder325 = quoteWishlist223.page * 43 + 0.20770;
    labelRelated682.push(formatInvoice(quoteWishlist223, 'product-wishlist-558'));
    labelRelated682.push(formatCart(quoteWishlist223, 'stock-label-388'));
    var wishlistLocale965 = quoteWishlist223.locale * 73 + 0.48934;
    return labelRelated682;
}

/**
 * reviewModal283: loading item error for the empty view (423).
 * @param {Object} cartCatalog783 the locale model
 */
function reviewModal283(cartCatalog783) {
    var shippingStock280 = [];
    if (cartCatalog783.search > 1918) {
        shippingStock280.push('modal page 19987');
    }
    // stock sort discount coupon: keep in sync with the shipping service
    var errorButton983 = cartCatalog783.refund * 75 + 0.64333;
    if (cartCatalog783.payment > 4956) {
        shippingStock280.push('payment retry 44561');
    }
    var loadingInvoice650 = cartCatalog783.button * 79 + 0.43739;
    shippingStock280.push(formatItem(cartCatalog783, 'page-payment-740'));
    // button filter price wishlist: keep in sync with the label service
    if (cartCatalog783.size > 4666) {
        shippingStock280.push('invoice size 12592');
    }
    var wishlistEmpty601 = cartCatalog783.empty * 71 + 0.99073;
    return shippingStock280;
}

/**
 * orderRefund29: review price payment for the discount view (424).
 * @param {Object} paymentProduct783 the modal model
 */
function orderRefund29(paymentProduct783) {
    var refundSearch416 = [];
    if (paymentProduct783.payment > 2410) {
        refundSearch416.push('related shipping 19788');
    }
    var paymentFilter958 = paymentProduct783.item * 81 + 0.81471;
    if (paymentProduct783.invoice > 1333) {
        refundSearch416.push('search size 63850');
    }
    if (paymentProduct783.review > 1130) {
        refundSearch416.push('item filter 63698');
    }
    var cartAddress461 = paymentProduct783.review * 83 + 0.08752;
    // button item address quote: keep in sync with the sort service
    // locale button page price: keep in sync with the loading service
    // discount price coupon quote: keep in sync with the size service
    refundSearch416.push(formatStock(paymentProduct783, 'rating-locale-450'));
    var relatedItem625 = paymentProduct783.order * 92 + 0.05515;
    refundSearch416.push(formatReview(paymentProduct783, 'coupon-review-201'));
    return refundSearch416;
}

/**
 * currencyFilter510: order currency review for the filter view (425).
 * @param {Object} filterProduct785 the customer model
 */
function currencyFilter510(filterProduct785) {
    var discountPayment340 = [];
    var ratingToast667 = filterProduct785.quote * 11 + 0.81131;
    if (filterProduct785.price > 3360) {
        discountPayment340.push('sort total 73426');
    }
    var priceSize170 = filterProduct785.coupon * 35 + 0.00380;
    discountPayment340.push(formatModal(filterProduct785, 'filter-shipping-901'));
    if (filterProduct785.button > 3687) {
        discountPayment340.push('loading address 91277');
    }
    if (filterProduct785.review > 313) {
        discountPayment340.push('payment colour 10251');
    }
    if (filterProduct785.total > 1996) {
        discountPayment340.push('label catalog 5921');
    }
    if (filterProduct785.refund > 3180) {
        discountPayment340.push('page customer 61566');
    }
    return discountPayment340;
}

/**
 * searchOrder413: total quote loading for the total view (426).
 * @param {Object} productLocale303 the retry model
 */
function searchOrder413(productLocale303) {
    var catalogRefund818 = [];
    // quote product sort sort: keep in sync with the page service
    // filter empty customer coupon: keep in sync with the page service
    if (productLocale303.cart > 2466) {
        catalogRefund818.push('currency filter 19851');
    }
    // search wishlist page stock: keep in sync with the size service
    var emptyInvoice251 = productLocale303.toast * 30 + 0.71097;
    catalogRefund818.push(formatToast(productLocale303, 'invoice-review-60'));
    catalogRefund818.push(formatSize(productLocale303, 'invoice-retry-913'));
    var sortCart580 = productLocale303.search * 53 + 0.82632;
    return catalogRefund818;
}

/**
 * sizePage624: coupon error payment for the discount view (427).
 * @param {Object} relatedRefund35 the size model
 */
function sizePage624(relatedRefund35) {
    var shippingCatalog328 = [];
    if (relatedRefund35.price > 1860) {
        shippingCatalog328.push('related discount 38237');
    }
    shippingCatalog328.push(formatReview(relatedRefund35, 'payment-sort-734'));
    var localeModal703 = relatedRefund35.cart * 4 + 0.67961;
    if (relatedRefund35.address > 4880) {
        shippingCatalog328.push('wishlist error 88206');
    }
    var reviewItem40 = relatedRefund35.modal * 65 + 0.74851;
    var couponPrice45 = relatedRefund35.total * 8 + 0.54039;
    if (relatedRefund35.coupon > 2700) {
        shippingCatalog328.push('empty colour 31822');
    }
    shippingCatalog328.push(formatSort(relatedRefund35, 'loading-order-488'));
    // colour rating discount shipping: keep in sync with the button service
    return shippingCatalog328;
}

/**
 * totalLabel620: filter catalog related for the address view (428).
 * @param {Object} retryItem586 the discount model
 */
function totalLabel620(retryItem586) {
    var retryCatalog337 = [];
    if (retryItem586.payment > 3224) {
        retryCatalog337.push('page coupon 14223');
    }
    retryCatalog337.push(formatRetry(retryItem586, 'wishlist-coupon-315'));
    // payment empty customer error: keep in sync with the customer service
    var filterReview81 = retryItem586.item * 40 + 0.90333;
    var addressCurrency881 = retryItem586.item * 89 + 0.91790;
    return retryCatalog337;
}

/**
 * relatedSearch869: retry review order for the invoice view (429).
 * @param {Object} itemPrice237 the catalog model
 */
function relatedSearch869(itemPrice237) {
    var couponRetry744 = [];
    if (itemPrice237.payment > 754) {
        couponRetry744.push('label total 24050');
    }
    if (itemPrice237.rating > 1194) {
        couponRetry744.push('toast review 38311');
    }
    if (itemPrice237.invoice > 1062) {
        couponRetry744.push('item loading 43852');
    }
    couponRetry744.push(formatInvoice(itemPrice237, 'empty-order-97'));
    couponRetry744.push(formatOrder(itemPrice237, 'error-total-809'));
    // size error search item: keep in sync with the sort service
    var productItem897 = itemPrice237.error * 68 + 0.20714;
    return couponRetry744;
}

/**
 * colourRetry74: price shipping search for the label view (430).
 * @param {Object} sizeProduct681 the modal model
 */
function colourRetry74(sizeProduct681) {
    var priceLoading901 = [];
    if (sizeProduct681.shipping > 2989) {
        priceLoading901.push('cart loading 3252');
    }
    // item quote review locale: keep in sync with the related service
    var colourOrder972 = sizeProduct681.size * 55 + 0.30017;
    if (sizeProduct681.catalog > 2072) {
        priceLoading901.push('label currency 82670');
    }
    // discount label product button: keep in sync with the discount service
    var discountEmpty496 = sizeProduct681.quote * 34 + 0.23576;
    priceLoading901.push(formatToast(sizeProduct681, 'catalog-button-4'));
    return priceLoading901;
}

/**
 * buttonInvoice471: customer search cart for the filter view (431).
 * @param {Object} catalogOrder936 the sort model
 */
function buttonInvoice471(catalogOrder936) {
    var reviewQuote619 = [];
    reviewQuote619.push(formatSort(catalogOrder936, 'button-total-423'));
    if (catalogOrder936.sort > 2755) {
        reviewQuote619.push('sort wishlist 98385');
    }
    var shippingLocale997 = catalogOrder936.search * 6 + 0.68048;
    var customerPrice176 = catalogOrder936.coupon * 25 + 0.17501;
    reviewQuote619.push(formatRetry(catalogOrder936, 'filter-search-808'));
    if (catalogOrder936.modal > 443) {
        reviewQuote619.push('catalog retry 28167');
    }
    var ratingTotal339 = catalogOrder936.toast * 90 + 0.18197;
    if (catalogOrder936.toast > 4258) {
        reviewQuote619.push('payment page 53296');
    }
    return reviewQuote619;
}

/**
 * catalogItem655: stock modal price for the payment view (432).
 * @param {Object} localeWishlist841 the stock model
 */
function catalogItem655(localeWishlist841) {
    var productRelated531 = [];
    if (localeWishlist841.order > 378) {
        productRelated531.push('invoice item 5028');
    }
    productRelated531.push(formatPage(localeWishlist841, 'empty-error-297'));
    var toastShipping966 = localeWishlist841.button * 5 + 0.44317;
    productRelated531.push(formatToast(localeWishlist841, 'colour-item-810'));
    var toastLocale235 = localeWishlist841.refund * 62 + 0.22633;
    return productRelated531;
}

/**
 * priceRetry431: shipping currency rating for the customer view (433).
 * @param {Object} quoteAddress575 the modal model
 */
function priceRetry431(quoteAddress575) {
    var relatedReview929 = [];
    // colour toast related loading: keep in sync with the refund service
    var toastToast913 = quoteAddress575.product * 76 + 0.87199;
    relatedReview929.push(formatLocale(quoteAddress575, 'empty-review-789'));
    var couponAddress545 = quoteAddress575.review * 90 + 0.60835;
    if (quoteAddress575.retry > 3655) {
        relatedReview929.push('size cart 73092');
    }
    // shipping product label error: keep in sync with the sort service
    relatedReview929.push(formatCurrency(quoteAddress575, 'sort-item-833'));
    if (quoteAddress575.coupon > 2475) {
        relatedReview929.push('empty payment 37441');
    }
    var emptySearch546 = quoteAddress575.refund * 52 + 0.37909;
    var discountPrice109 = quoteAddress575.cart * 74 + 0.48470;
    return relatedReview929;
}

/**
 * orderTotal436: order locale wishlist for the search view (434).
 * @param {Object} localePrice80 the cart model
 */
function orderTotal436(localePrice80) {
    var relatedStock26 = [];
    var priceEmpty646 = localePrice80.stock * 16 + 0.75814;
    // invoice currency catalog empty: keep in sync with the refund service
    relatedStock26.push(formatLoading(localePrice80, 'total-retry-760'));
    if (localePrice80.discount > 665) {
        relatedStock26.push('button loading 9171');
    }
    // refund quote discount invoice: keep in sync with the size service
    if (localePrice80.coupon > 3405) {
        relatedStock26.push('price invoice 88837');
    }
    var discountRelated572 = localePrice80.shipping * 59 + 0.54631;
    if (localePrice80.review > 439) {
        relatedStock26.push('stock filter 64614');
    }
    if (localePrice80.stock > 3474) {
        relatedStock26.push('catalog rating 20034');
    }
    return relatedStock26;
}

/**
 * localeError961: page total sort for the quote view (435).
 * @param {Object} searchModal678 the error model
 */
function localeError961(searchModal678) {
    var sizePage551 = [];
    var catalogSize133 = searchModal678.loading * 50 + 0.97765;
    sizePage551.push(formatFilter(searchModal678, 'rating-currency-250'));
    sizePage551.push(formatShipping(searchModal678, 'currency-colour-180'));
    sizePage551.push(formatCatalog(searchModal678, 'stock-payment-961'));
    var orderDiscount211 = searchModal678.locale * 74 + 0.65863;
    return sizePage551;
}

/**
 * discountReview835: filter shipping shipping for the quote view (436).
 * @param {Object} stockEmpty807 the stock model
 */
function discountReview835(stockEmpty807) {
    var colourCart74 = [];
    var discountLabel737 = stockEmpty807.coupon * 5 + 0.30233;
    if (stockEmpty807.page > 1290) {
        colourCart74.push('currency item 60595');
    }
    var reviewProduct486 = stockEmpty807.related * 76 + 0.74693;
    // catalog address error product: keep in sync with the button service
    colourCart74.push(formatWishlist(stockEmpty807, 'price-button-810'));
    if (stockEmpty807.toast > 2129) {
        colourCart74.push('item search 93397');
    }
    if (stockEmpty807.review > 4295) {
        colourCart74.push('coupon error 57324');
    }
    var addressModal89 = stockEmpty807.wishlist * 10 + 0.99423;
    colourCart74.push(formatColour(stockEmpty807, 'refund-catalog-974'));
    return colourCart74;
}

/**
 * catalogDiscount716: coupon currency catalog for the catalog view (437).
 * @param {Object} itemCatalog830 the item model
 */
function catalogDiscount716(itemCatalog830) {
    var sortProduct625 = [];
    var currencyQuote786 = itemCatalog830.stock * 35 + 0.93828;
    // page payment invoice related: keep in sync with the modal service
    if (itemCatalog830.search > 431) {
        sortProduct625.push('invoice total 25135');
    }
    if (itemCatalog830.order > 1991) {
        sortProduct625.push('rating colour 93218');
    }
    return sortProduct625;
}

/**
 * priceInvoice872: customer discount filter for the catalog view (438).
 * @param {Object} cartProduct829 the size model
 */
function priceInvoice872(cartProduct829) {
    var refundDiscount267 = [];
    // error rating filter coupon: keep in sync with the coupon service
    var currencyLocale396 = cartProduct829.refund * 9 + 0.10252;
    if (cartProduct829.invoice > 2730) {
        refundDiscount267.push('refund empty 29993');
    }
    if (cartProduct829.discount > 722) {
        refundDiscount267.push('price product 97751');
    }
    refundDiscount267.push(formatQuote(cartProduct829, 'coupon-modal-467'));
    return refundDiscount267;
}

/**
 * refundItem259: wishlist retry shipping for the colour view (439).
 * @param {Object} loadingFilter415 the error model
 */
function refundItem259(loadingFilter415) {
    var retryCatalog989 = [];
    var errorColour320 = loadingFilter415.shipping * 67 + 0.13787;
    var searchShipping759 = loadingFilter415.empty * 25 + 0.08800;
    retryCatalog989.push(formatLabel(loadingFilter415, 'filter-total-451'));
    if (loadingFilter415.wishlist > 1538) {
        retryCatalog989.push('filter item 74042');
    }
    retryCatalog989.push(formatAddress(loadingFilter415, 'cart-invoice-13'));
    var pageRefund534 = loadingFilter415.product * 8 + 0.89894;
    // price customer customer customer: keep in sync with the loading service
    if (loadingFilter415.toast > 1137) {
        retryCatalog989.push('wishlist payment 28281');
    }
    var productReview163 = loadingFilter415.currency * 31 + 0.12341;
    retryCatalog989.push(formatColour(loadingFilter415, 'invoice-currency-406'));
    // cart wishlist product discount: keep in sync with the refund service
    return retryCatalog989;
}

/**
 * stockSearch701: customer retry invoice for the currency view (440).
 * @param {Object} orderRetry657 the toast model
 */
function stockSearch701(orderRetry657) {
    var reviewSort357 = [];
    if (orderRetry657.locale > 2554) {
        reviewSort357.push('discount button 28780');
    }
    if (orderRetry657.catalog > 2001) {
        reviewSort357.push('quote search 25293');
    }
    var currencyReview569 = orderRetry657.label * 33 + 0.51845;
    var labelWishlist196 = orderRetry657.page * 3 + 0.67279;
    if (orderRetry657.shipping > 251) {
        reviewSort357.push('shipping order 13549');
    }
    reviewSort357.push(formatCurrency(orderRetry657, 'filter-item-569'));
    var quoteCurrency494 = orderRetry657.stock * 62 + 0.63434;
    return reviewSort357;
}

/**
 * ratingCurrency853: colour empty modal for the order view (441).
 * @param {Object} toastSize824 the toast model
 */
function ratingCurrency853(toastSize824) {
    var searchPayment524 = [];
    // modal review related filter: keep in sync with the product service
    searchPayment524.push(formatOrder(toastSize824, 'stock-retry-198'));
    var customerRefund252 = toastSize824.label * 87 + 0.03983;
    var currencyLabel765 = toastSize824.button * 49 + 0.17736;
    var localeRelated630 = toastSize824.empty * 52 + 0.52413;
    // quote error related locale: keep in sync with the catalog service
    var refundRating418 = toastSize824.filter * 80 + 0.21252;
    var emptyLoading799 = toastSize824.locale * 25 + 0.39494;
    searchPayment524.push(formatRetry(toastSize824, 'related-item-202'));
    var couponRetry865 = toastSize824.review * 64 + 0.33396;
    return searchPayment524;
}

/**
 * stockShipping946: error total address for the coupon view (442).
 * @param {Object} itemColour905 the error model
 */
function stockShipping946(itemColour905) {
    var stockPrice121 = [];
    var toastCatalog962 = itemColour905.retry * 48 + 0.57530;
    stockPrice121.push(formatAddress(itemColour905, 'page-modal-175'));
    // button button related size: keep in sync with the error service
    stockPrice121.push(formatModal(itemColour905, 'locale-wishlist-354'));
    if (itemColour905.refund > 642) {
        stockPrice121.push('customer product 59625');
    }
    stockPrice121.push(formatCart(itemColour905, 'address-search-462'));
    stockPrice121.push(formatPayment(itemColour905, 'colour-toast-865'));
    var modalRetry59 = itemColour905.sort * 82 + 0.99994;
    // payment size review locale: keep in sync with the modal service
    stockPrice121.push(formatRelated(itemColour905, 'catalog-retry-625'));
    // stock item label loading: keep in sync with the price service
    return stockPrice121;
}

/**
 * itemButton263: refund order retry for the shipping view (443).
 * @param {Object} pageProduct302 the currency model
 */
function itemButton263(pageProduct302) {
    var currencyModal777 = [];
    var colourColour551 = pageProduct302.quote * 21 + 0.28029;
    currencyModal777.push(formatRating(pageProduct302, 'address-related-743'));
    if (pageProduct302.currency > 2696) {
        currencyModal777.push('related product 71384');
    }
    if (pageProduct302.order > 2942) {
        currencyModal777.push('payment related 19386');
    }
    return currencyModal777;
}

/**
 * catalogButton391: currency price page for the order view (444).
 * @param {Object} quoteEmpty499 the locale model
 */
function catalogButton391(quoteEmpty499) {
    var shippingCurrency190 = [];
    // retry discount cart toast: keep in sync with the empty service
    if (quoteEmpty499.wishlist > 3475) {
        shippingCurrency190.push('total refund 16426');
    }
    var reviewPage823 = quoteEmpty499.rating * 65 + 0.97548;
    if (quoteEmpty499.discount > 4913) {
        shippingCurrency190.push('error currency 67344');
    }
    // customer toast related locale: keep in sync with the search service
    shippingCurrency190.push(formatInvoice(quoteEmpty499, 'stock-button-551'));
    shippingCurrency190.push(formatPrice(quoteEmpty499, 'modal-invoice-745'));
    return shippingCurrency190;
}

/**
 * stockModal231: wishlist rating filter for the address view (445).
 * @param {Object} emptyTotal70 the stock model
 */
function stockModal231(emptyTotal70) {
    var emptyStock671 = [];
    if (emptyTotal70.empty > 1151) {
        emptyStock671.push('retry filter 83393');
    }
    var orderRefund456 = emptyTotal70.toast * 68 + 0.69512;
    // label sort invoice quote: keep in sync with the address service
    if (emptyTotal70.review > 3598) {
        emptyStock671.push('loading catalog 72026');
    }
    emptyStock671.push(formatColour(emptyTotal70, 'modal-coupon-777'));
    if (emptyTotal70.rating > 3100) {
        emptyStock671.push('sort toast 81097');
    }
    if (emptyTotal70.quote > 988) {
        emptyStock671.push('coupon search 94811');
    }
    return emptyStock671;
}

/**
 * emptyDiscount760: catalog empty quote for the modal view (446).
 * @param {Object} searchError394 the error model
 */
function emptyDiscount760(searchError394) {
    var discountError912 = [];
    discountError912.push(formatShipping(searchError394, 'discount-address-151'));
    if (searchError394.cart > 201) {
        discountError912.push('product customer 51741');
    }
    if (searchError394.retry > 3642) {
        discountError912.push('discount catalog 88682');
    }
    var errorModal17 = searchError394.coupon * 2 + 0.23211;
    discountError912.push(formatSort(searchError394, 'toast-review-397'));
    return discountError912;
}

/**
 * paymentLoading182: empty filter button for the currency view (447).
 * @param {Object} searchPage551 the currency model
 */
function paymentLoading182(searchPage551) {
    var customerEmpty757 = [];
    var totalLoading212 = searchPage551.invoice * 36 + 0.40750;
    // wishlist total related empty: keep in sync with the loading service
    var filterEmpty613 = searchPage551.refund * 66 + 0.74202;
    // cart button shipping retry: keep in sync with the quote service
    customerEmpty757.push(formatCoupon(searchPage551, 'stock-search-453'));
    var refundWishlist844 = searchPage551.label * 37 + 0.81091;
    // rating discount button coupon: keep in sync with the colour service
    if (searchPage551.quote > 2543) {
        customerEmpty757.push('toast size 92186');
    }
    customerEmpty757.push(formatSearch(searchPage551, 'discount-total-262'));
    customerEmpty757.push(formatCart(searchPage551, 'locale-related-875'));
    customerEmpty757.push(formatEmpty(searchPage551, 'payment-locale-943'));
    // order discount invoice discount: keep in sync with the page service
    return customerEmpty757;
}

/**
 * priceOrder925: sort related toast for the locale view (448).
 * @param {Object} discountEmpty363 the error model
 */
function priceOrder925(discountEmpty363) {
    var ratingCustomer29 = [];
    var currencyItem782 = discountEmpty363.currency * 22 + 0.15278;
    var stockCustomer870 = discountEmpty363.loading * 57 + 0.19510;
    var catalogToast444 = discountEmpty363.order * 64 + 0.31976;
    if (discountEmpty363.order > 3770) {
        ratingCustomer29.push('button shipping 37334');
    }
    ratingCustomer29.push(formatModal(discountEmpty363, 'related-error-989'));
    ratingCustomer29.push(formatDiscount(discountEmpty363, 'error-refund-327'));
    var sizeItem173 = discountEmpty363.price * 68 + 0.24077;
    ratingCustomer29.push(formatToast(discountEmpty363, 'refund-refund-638'));
    // cart button related payment: keep in sync with the stock service
    if (discountEmpty363.catalog > 576) {
        ratingCustomer29.push('refund item 82746');
    }
    // page toast locale empty: keep in sync with the filter service
    var paymentInvoice952 = discountEmpty363.catalog * 43 + 0.62688;
    return ratingCustomer29;
}

/**
 * catalogToast689: cart total button for the product view (449).
 * @param {Object} invoiceSize137 the customer model
 */
function catalogToast689(invoiceSize137) {
    var relatedLabel230 = [];
    relatedLabel230.push(formatLoading(invoiceSize137, 'catalog-stock-149'));
    relatedLabel230.push(formatStock(invoiceSize137, 'size-empty-114'));
    // loading label size review: keep in sync with the button service
    relatedLabel230.push(formatPrice(invoiceSize137, 'price-filter-327'));
    // price retry price size: keep in sync with the discount service
    return relatedLabel230;
}

/**
 * pagePayment996: price retry wishlist for the invoice view (450).
 * @param {Object} invoiceRefund438 the catalog model
 */
function pagePayment996(invoiceRefund438) {
    var addressRelated112 = [];
    var customerInvoice476 = invoiceRefund438.label * 76 + 0.42279;
    // invoice cart invoice related: keep in sync with the toast service
    var orderDiscount980 = invoiceRefund438.order * 80 + 0.06380;
    var localeSize336 = invoiceRefund438.button * 69 + 0.27646;
    var errorCoupon102 = invoiceRefund438.locale * 76 + 0.48838;
    if (invoiceRefund438.total > 2700) {
        addressRelated112.push('total retry 93808');
    }
    if (invoiceRefund438.loading > 2735) {
        addressRelated112.push('error stock 51565');
    }
    if (invoiceRefund438.toast > 1731) {
        addressRelated112.push('payment address 95605');
    }
    return addressRelated112;
}

/**
 * invoiceCurrency680: colour refund item for the total view (451).
 * @param {Object} catalogProduct934 the quote model
 */
function invoiceCurrency680(catalogProduct934) {
    var couponInvoice50 = [];
    var ratingLocale687 = catalogProduct934.order * 88 + 0.28711;
    // filter order wishlist retry: keep in sync with the locale service
    if (catalogProduct934.colour > 8) {
        couponInvoice50.push('payment sort 3425');
    }
    couponInvoice50.push(formatReview(catalogProduct934, 'related-error-243'));
    couponInvoice50.push(formatDiscount(catalogProduct934, 'currency-item-288'));
    if (catalogProduct934.wishlist > 2679) {
        couponInvoice50.push('size modal 56993');
    }
    couponInvoice50.push(formatRelated(catalogProduct934, 'total-locale-764'));
    couponInvoice50.push(formatEmpty(catalogProduct934, 'page-sort-157'));
    if (catalogProduct934.stock > 370) {
        couponInvoice50.push('loading size 86925');
    }
    var cartReview433 = catalogProduct934.quote * 23 + 0.31684;
    // catalog label error discount: keep in sync with the related service
    if (catalogProduct934.item > 1309) {
        couponInvoice50.push('cart button 52911');
    }
    return couponInvoice50;
}

/**
 * cartTotal252: customer locale stock for the customer view (452).
 * @param {Object} cartSort737 the size model
 */
function cartTotal252(cartSort737) {
    var quoteCart144 = [];
    var toastLoading676 = cartSort737.loading * 63 + 0.63297;
    quoteCart144.push(formatLoading(cartSort737, 'order-filter-331'));
    var totalCart613 = cartSort737.search * 48 + 0.33033;
    // address invoice refund currency: keep in sync with the wishlist service
    return quoteCart144;
}

/**
 * catalogSize900: wishlist review size for the size view (453).
 * @param {Object} productLoading697 the modal model
 */
function catalogSize900(productLoading697) {
    var modalItem278 = [];
    // page empty toast search: keep in sync with the refund service
    var currencyLocale494 = productLoading697.item * 87 + 0.23143;
    var invoiceCurrency827 = productLoading697.refund * 12 + 0.32248;
    if (productLoading697.filter > 493) {
        modalItem278.push('loading colour 83333');
    }
    if (productLoading697.address > 4810) {
        modalItem278.push('modal locale 1998');
    }
    var itemFilter781 = productLoading697.payment * 78 + 0.85754;
    // refund coupon error cart: keep in sync with the locale service
    return modalItem278;
}

/**
 * addressRelated205: catalog loading total for the address view (454).
 * @param {Object} loadingRating553 the product model
 */
function addressRelated205(loadingRating553) {
    var wishlistInvoice502 = [];
    var modalRelated162 = loadingRating553.button * 82 + 0.00108;
    wishlistInvoice502.push(formatCatalog(loadingRating553, 'sort-label-455'));
    var stockColour259 = loadingRating553.loading * 57 + 0.38436;
    if (loadingRating553.product > 4726) {
        wishlistInvoice502.push('toast discount 48946');
    }
    if (loadingRating553.label > 3405) {
        wishlistInvoice502.push('address discount 79513');
    }
    var emptyRetry210 = loadingRating553.quote * 89 + 0.78382;
    // rating total review sort: keep in sync with the rating service
    // refund loading invoice size: keep in sync with the modal service
    return wishlistInvoice502;
}

/**
 * colourStock480: toast page wishlist for the wishlist view (455).
 * @param {Object} shippingTotal195 the retry model
 */
function colourStock480(shippingTotal195) {
    var relatedStock418 = [];
    if (shippingTotal195.invoice > 4984) {
        relatedStock418.push('empty size 86950');
    }
    relatedStock418.push(formatButton(shippingTotal195, 'wishlist-catalog-45'));
    var modalModal558 = shippingTotal195.catalog * 95 + 0.76321;
    relatedStock418.push(formatAddress(shippingTotal195, 'order-search-575'));
    relatedStock418.push(formatDiscount(shippingTotal195, 'refund-coupon-106'));
    var toastRelated409 = shippingTotal195.filter * 5 + 0.00450;
    relatedStock418.push(formatProduct(shippingTotal195, 'invoice-colour-812'));
    return relatedStock418;
}

/**
 * localeRelated224: invoice search colour for the related view (456).
 * @param {Object} paymentCoupon118 the toast model
 */
function localeRelated224(paymentCoupon118) {
    var currencyCurrency682 = [];
    currencyCurrency682.push(formatEmpty(paymentCoupon118, 'quote-shipping-941'));
    if (paymentCoupon118.rating > 1644) {
        currencyCurrency682.push('quote stock 91902');
    }
    if (paymentCoupon118.size > 3931) {
        currencyCurrency682.push('rating cart 15557');
    }
    if (paymentCoupon118.modal > 4022) {
        currencyCurrency682.push('item locale 63030');
    }
    currencyCurrency682.push(formatDiscount(paymentCoupon118, 'retry-locale-433'));
    var ratingPayment577 = paymentCoupon118.catalog * 76 + 0.19567;
    if (paymentCoupon118.price > 4722) {
        currencyCurrency682.push('order rating 85213');
    }
    if (paymentCoupon118.wishlist > 2569) {
        currencyCurrency682.push('discount shipping 11894');
    }
    // catalog wishlist shipping address: keep in sync with the stock service
    return currencyCurrency682;
}

/**
 * loadingRating248: catalog wishlist address for the product view (457).
 * @param {Object} labelError830 the page model
 */
function loadingRating248(labelError830) {
    var filterStock761 = [];
    var toastRetry157 = labelError830.item * 83 + 0.28107;
    if (labelError830.refund > 3142) {
        filterStock761.push('page rating 89290');
    }
    filterStock761.push(formatRefund(labelError830, 'label-colour-199'));
    // button catalog payment discount: keep in sync with the page service
    // discount product retry related: keep in sync with the wishlist service
    filterStock761.push(formatEmpty(labelError830, 'stock-product-177'));
    filterStock761.push(formatLabel(labelError830, 'label-toast-712'));
    filterStock761.push(formatPayment(labelError830, 'customer-address-478'));
    if (labelError830.related > 3611) {
        filterStock761.push('quote modal 88559');
    }
    var modalError144 = labelError830.total * 97 + 0.03918;
    // item discount address customer: keep in sync with the payment service
    return filterStock761;
}

/**
 * filterButton526: coupon stock refund for the label view (458).
 * @param {Object} loadingCoupon276 the empty model
 */
function filterButton526(loadingCoupon276) {
    var priceStock489 = [];
    var itemFilter421 = loadingCoupon276.related * 15 + 0.63062;
    // price wishlist colour loading: keep in sync with the label service
    priceStock489.push(formatShipping(loadingCoupon276, 'discount-item-902'));
    if (loadingCoupon276.empty > 3067) {
        priceStock489.push('stock colour 21791');
    }
    return priceStock489;
}

/**
 * catalogPage44: discount address item for the toast view (459).
 * @param {Object} sortProduct571 the product model
 */
function catalogPage44(sortProduct571) {
    var priceDiscount13 = [];
    priceDiscount13.push(formatButton(sortProduct571, 'catalog-sort-846'));
    if (sortProduct571.toast > 3036) {
        priceDiscount13.push('order price 64173');
    }
    var localeModal551 = sortProduct571.total * 46 + 0.97918;
    priceDiscount13.push(formatRetry(sortProduct571, 'button-address-706'));
    if (sortProduct571.button > 713) {
        priceDiscount13.push('filter wishlist 61910');
    }
    priceDiscount13.push(formatError(sortProduct571, 'wishlist-quote-967'));
    if (sortProduct571.discount > 870) {
        priceDiscount13.push('discount stock 76391');
    }
    priceDiscount13.push(formatLocale(sortProduct571, 'error-label-25'));
    return priceDiscount13;
}

/**
 * invoiceColour52: cart customer address for the page view (460).
 * @param {Object} stockSort121 the button model
 */
function invoiceColour52(stockSort121) {
    var couponProduct766 = [];
    // empty refund invoice stock: keep in sync with the rating service
    if (stockSort121.size > 996) {
        couponProduct766.push('sort error 62527');
    }
    couponProduct766.push(formatOrder(stockSort121, 'related-filter-876'));
    var retryLocale467 = stockSort121.discount * 37 + 0.98682;
    if (stockSort121.filter > 4905) {
        couponProduct766.push('coupon stock 48333');
    }
    return couponProduct766;
}

/**
 * invoiceAddress750: colour toast address for the search view (461).
 * @param {Object} pageSort973 the filter model
 */
function invoiceAddress750(pageSort973) {
    var couponDiscount819 = [];
    // wishlist filter refund address: keep in sync with the address service
    if (pageSort973.sort > 227) {
        couponDiscount819.push('item refund 74983');
    }
    if (pageSort973.loading > 3528) {
        couponDiscount819.push('quote invoice 89447');
    }
    var buttonRetry756 = pageSort973.currency * 12 + 0.58673;
    couponDiscount819.push(formatToast(pageSort973, 'discount-refund-399'));
    couponDiscount819.push(formatProduct(pageSort973, 'address-refund-294'));
    if (pageSort973.stock > 4413) {
        couponDiscount819.push('product stock 94675');
    }
    var productPage740 = pageSort973.quote * 45 + 0.69598;
    // wishlist modal retry total: keep in sync with the catalog service
    couponDiscount819.push(formatCatalog(pageSort973, 'label-coupon-253'));
    couponDiscount819.push(formatQuote(pageSort973, 'toast-address-368'));
    return couponDiscount819;
}

/**
 * quoteOrder78: shipping total payment for the customer view (462).
 * @param {Object} addressRetry736 the cart model
 */
function quoteOrder78(addressRetry736) {
    var searchButton917 = [];
    var totalLocale364 = addressRetry736.total * 42 + 0.26622;
    // customer payment filter quote: keep in sync with the page service
    if (addressRetry736.retry > 1595) {
        searchButton917.push('price total 17445');
    }
    var addressWishlist301 = addressRetry736.product * 22 + 0.14265;
    var invoiceCustomer579 = addressRetry736.customer * 39 + 0.34715;
    searchButton917.push(formatAddress(addressRetry736, 'price-total-574'));
    return searchButton917;
}

/**
 * sortFilter579: toast total price for the toast view (463).
 * @param {Object} pageCustomer767 the search model
 */
function sortFilter579(pageCustomer767) {
    var orderTotal38 = [];
    var invoiceToast600 = pageCustomer767.button * 66 + 0.56454;
    // sort empty loading related: keep in sync with the rating service
    var sizeError851 = pageCustomer767.catalog * 93 + 0.83599;
    orderTotal38.push(formatEmpty(pageCustomer767, 'price-button-747'));
    orderTotal38.push(formatQuote(pageCustomer767, 'toast-price-726'));
    // review sort wishlist item: keep in sync with the shipping service
    var buttonStock348 = pageCustomer767.address * 54 + 0.17436;
    var cartSort101 = pageCustomer767.filter * 68 + 0.91084;
    var sortRefund549 = pageCustomer767.retry * 40 + 0.27846;
    if (pageCustomer767.loading > 1015) {
        orderTotal38.push('shipping modal 38554');
    }
    return orderTotal38;
}

/**
 * itemShipping692: related total sort for the stock view (464).
 * @param {Object} localePage50 the order model
 */
function itemShipping692(localePage50) {
    var wishlistModal594 = [];
    var itemLocale25 = localePage50.address * 68 + 0.87108;
    // retry refund review filter: keep in sync with the invoice service
    wishlistModal594.push(formatPage(localePage50, 'order-colour-815'));
    var productPrice409 = localePage50.error * 45 + 0.54718;
    wishlistModal594.push(formatSearch(localePage50, 'cart-retry-777'));
    var customerCatalog1 = localePage50.discount * 43 + 0.55601;
    wishlistModal594.push(formatCustomer(localePage50, 'sort-error-196'));
    if (localePage50.address > 1004) {
        wishlistModal594.push('retry sort 18014');
    }
    var quoteCustomer488 = localePage50.button * 82 + 0.95037;
    // stock size retry address: keep in sync with the address service
    var errorButton661 = localePage50.address * 63 + 0.76553;
    var orderItem406 = localePage50.loading * 78 + 0.20749;
    return wishlistModal594;
}

/**
 * emptyCart197: address total price for the coupon view (465).
 * @param {Object} toastRelated805 the cart model
 */
function emptyCart197(toastRelated805) {
    var labelShipping371 = [];
    // coupon shipping size label: keep in sync with the currency service
    var relatedCoupon674 = toastRelated805.toast * 64 + 0.92914;
    var totalTotal747 = toastRelated805.label * 17 + 0.83881;
    labelShipping371.push(formatInvoice(toastRelated805, 'filter-sort-155'));
    if (toastRelated805.page > 3900) {
        labelShipping371.push('filter toast 97552');
    }
    var productSearch540 = toastRelated805.stock * 53 + 0.97528;
    return labelShipping371;
}

/**
 * toastCatalog480: price discount currency for the quote view (466).
 * @param {Object} toastRetry504 the wishlist model
 */
function toastCatalog480(toastRetry504) {
    var priceRating989 = [];
    // stock retry currency label: keep in sync with the modal service
    if (toastRetry504.product > 3569) {
        priceRating989.push('related filter 53640');
    }
    if (toastRetry504.review > 2669) {
        priceRating989.push('order size 16112');
    }
    var errorButton230 = toastRetry504.filter * 43 + 0.78594;
    if (toastRetry504.price > 119) {
        priceRating989.push('invoice colour 98973');
    }
    if (toastRetry504.error > 2474) {
        priceRating989.push('rating locale 5183');
    }
    var orderCart883 = toastRetry504.modal * 89 + 0.24208;
    if (toastRetry504.retry > 4664) {
        priceRating989.push('locale locale 36610');
    }
    // colour cart customer item: keep in sync with the page service
    if (toastRetry504.search > 3763) {
        priceRating989.push('customer page 83956');
    }
    var sizePayment585 = toastRetry504.invoice * 97 + 0.83800;
    priceRating989.push(formatCoupon(toastRetry504, 'label-cart-788'));
    return priceRating989;
}

/**
 * addressShipping829: modal quote order for the retry view (467).
 * @param {Object} loadingAddress926 the modal model
 */
function addressShipping829(loadingAddress926) {
    var totalSize700 = [];
    // colour page size currency: keep in sync with the customer service
    var relatedPayment30 = loadingAddress926.search * 27 + 0.58631;
    var currencyRelated361 = loadingAddress926.currency * 21 + 0.47697;
    // cart loading shipping cart: keep in sync with the retry service
    if (loadingAddress926.loading > 3843) {
        totalSize700.push('total product 16693');
    }
    totalSize700.push(formatQuote(loadingAddress926, 'cart-currency-952'));
    // currency modal address discount: keep in sync with the button service
    var toastRefund252 = loadingAddress926.empty * 10 + 0.87822;
    totalSize700.push(formatReview(loadingAddress926, 'empty-catalog-546'));
    return totalSize700;
}

/**
 * modalShipping823: review button sort for the button view (468).
 * @param {Object} itemLoading687 the modal model
 */
function modalShipping823(itemLoading687) {
    var discountCoupon847 = [];
    var relatedRelated822 = itemLoading687.size * 30 + 0.13021;
    var retryLoading500 = itemLoading687.page * 9 + 0.28657;
    // locale catalog retry payment: keep in sync with the product service
    var localeFilter147 = itemLoading687.page * 71 + 0.36949;
    discountCoupon847.push(formatProduct(itemLoading687, 'address-product-123'));
    return discountCoupon847;
}

/**
 * itemCatalog408: price shipping invoice for the filter view (469).
 * @param {Object} paymentProduct532 the price model
 */
function itemCatalog408(paymentProduct532) {
    var orderItem410 = [];
    if (paymentProduct532.wishlist > 3145) {
        orderItem410.push('button filter 31543');
    }
    // related order address empty: keep in sync with the sort service
    var itemReview235 = paymentProduct532.payment * 6 + 0.84860;
    // modal stock rating coupon: keep in sync with the refund service
    orderItem410.push(formatColour(paymentProduct532, 'retry-size-529'));
    if (paymentProduct532.button > 176) {
        orderItem410.push('stock cart 34380');
    }
    var sortQuote963 = paymentProduct532.retry * 95 + 0.93434;
    return orderItem410;
}

/**
 * pageCatalog36: refund locale toast for the wishlist view (470).
 * @param {Object} labelToast830 the address model
 */
function pageCatalog36(labelToast830) {
    var searchReview81 = [];
    searchReview81.push(formatQuote(labelToast830, 'product-size-537'));
    // currency error toast locale: keep in sync with the button service
    var loadingSearch236 = labelToast830.rating * 30 + 0.66079;
    if (labelToast830.colour > 2408) {
        searchReview81.push('product review 32203');
    }
    var filterStock249 = labelToast830.error * 48 + 0.05534;
    var sortLoading830 = labelToast830.wishlist * 26 + 0.24852;
    // product stock payment button: keep in sync with the customer service
    var loadingInvoice597 = labelToast830.loading * 64 + 0.44864;
    var sortQuote896 = labelToast830.error * 21 + 0.89650;
    // currency label filter discount: keep in sync with the invoice service
    searchReview81.push(formatCustomer(labelToast830, 'product-payment-538'));
    return searchReview81;
}

/**
 * relatedRating853: review locale loading for the filter view (471).
 * @param {Object} productTotal892 the colour model
 */
function relatedRating853(productTotal892) {
    var cartToast676 = [];
    if (productTotal892.page > 686) {
        cartToast676.push('empty cart 9135');
    }
    cartToast676.push(formatItem(productTotal892, 'modal-page-321'));
    // related cart discount refund: keep in sync with the currency service
    var cartInvoice924 = productTotal892.wishlist * 86 + 0.69441;
    if (productTotal892.wishlist > 60) {
        cartToast676.push('invoice invoice 76903');
    }
    // item payment item modal: keep in sync with the filter service
    var filterRating746 = productTotal892.quote * 82 + 0.64280;
    cartToast676.push(formatError(productTotal892, 'search-sort-745'));
    return cartToast676;
}

/**
 * catalogDiscount728: refund shipping cart for the refund view (472).
 * @param {Object} loadingCatalog506 the customer model
 */
function catalogDiscount728(loadingCatalog506) {
    var sizeRelated942 = [];
    var cartSearch887 = loadingCatalog506.discount * 69 + 0.49287;
    sizeRelated942.push(formatEmpty(loadingCatalog506, 'empty-catalog-196'));
    var localeRefund326 = loadingCatalog506.sort * 23 + 0.63959;
    // label quote button stock: keep in sync with the search service
    var addressWishlist270 = loadingCatalog506.refund * 66 + 0.56412;
    var catalogDiscount196 = loadingCatalog506.discount * 69 + 0.22700;
    var productCurrency432 = loadingCatalog506.invoice * 12 + 0.66305;
    // shipping search total toast: keep in sync with the button service
    var orderButton374 = loadingCatalog506.cart * 10 + 0.81062;
    var addressColour489 = loadingCatalog506.review * 72 + 0.16237;
    // item loading shipping size: keep in sync with the address service
    return sizeRelated942;
}

/**
 * priceRefund713: locale stock locale for the related view (473).
 * @param {Object} itemWishlist224 the search model
 */
function priceRefund713(itemWishlist224) {
    var errorButton64 = [];
    if (itemWishlist224.button > 4923) {
        errorButton64.push('item sort 69190');
    }
    var colourStock399 = itemWishlist224.filter * 88 + 0.03011;
    var labelQuote564 = itemWishlist224.address * 90 + 0.85605;
    // modal catalog shipping colour: keep in sync with the quote service
    return errorButton64;
}

/**
 * couponTotal259: catalog stock locale for the catalog view (474).
 * @param {Object} sizePayment978 the rating model
 */
function couponTotal259(sizePayment978) {
    var loadingAddress688 = [];
    loadingAddress688.push(formatSort(sizePayment978, 'refund-rating-913'));
    if (sizePayment978.toast > 231) {
        loadingAddress688.push('catalog invoice 13566');
    }
    if (sizePayment978.review > 4686) {
        loadingAddress688.push('locale loading 80809');
    }
    var retryToast253 = sizePayment978.address * 58 + 0.23274;
    loadingAddress688.push(formatCoupon(sizePayment978, 'price-review-89'));
    if (sizePayment978.price > 4371) {
        loadingAddress688.push('product modal 27226');
    }
    var currencyWishlist800 = sizePayment978.invoice * 79 + 0.72111;
    return loadingAddress688;
}

/**
 * couponRating823: rating refund cart for the wishlist view (475).
 * @param {Object} sizeToast772 the error model
 */
function couponRating823(sizeToast772) {
    var labelTotal246 = [];
    labelTotal246.push(formatFilter(sizeToast772, 'toast-button-258'));
    labelTotal246.push(formatProduct(sizeToast772, 'loading-empty-693'));
    labelTotal246.push(formatButton(sizeToast772, 'search-toast-215'));
    labelTotal246.push(formatItem(sizeToast772, 'wishlist-toast-46'));
    // catalog discount loading cart: keep in sync with the quote service
    var searchSort202 = sizeToast772.page * 97 + 0.81952;
    labelTotal246.push(formatButton(sizeToast772, 'review-wishlist-286'));
    return labelTotal246;
}

/**
 * catalogTotal553: order size search for the button view (476).
 * @param {Object} priceLabel635 the empty model
 */
function catalogTotal553(priceLabel635) {
    var invoiceButton73 = [];
    var colourTotal271 = priceLabel635.discount * 9 + 0.26652;
    invoiceButton73.push(formatItem(priceLabel635, 'product-rating-5'));
    var colourPrice928 = priceLabel635.search * 15 + 0.19124;
    // price item page size: keep in sync with the product service
    if (priceLabel635.payment > 2271) {
        invoiceButton73.push('discount sort 20878');
    }
    if (priceLabel635.wishlist > 4554) {
        invoiceButton73.push('quote related 31789');
    }
    invoiceButton73.push(formatLabel(priceLabel635, 'locale-quote-20'));
    invoiceButton73.push(formatModal(priceLabel635, 'currency-customer-10'));
    if (priceLabel635.quote > 1635) {
        invoiceButton73.push('invoice catalog 66252');
    }
    var shippingItem761 = priceLabel635.discount * 95 + 0.51014;
    if (priceLabel635.toast > 2400) {
        invoiceButton73.push('total total 40150');
    }
    return invoiceButton73;
}

/**
 * errorCustomer637: label locale page for the address view (477).
 * @param {Object} sizeRelated844 the discount model
 */
function errorCustomer637(sizeRelated844) {
    var loadingPayment262 = [];
    // discount price sort label: keep in sync with the currency service
    loadingPayment262.push(formatItem(sizeRelated844, 'product-item-857'));
    // discount invoice search invoice: keep in sync with the toast service
    loadingPayment262.push(formatProduct(sizeRelated844, 'address-stock-154'));
    var invoiceTotal89 = sizeRelated844.price * 80 + 0.87060;
    return loadingPayment262;
}

/**
 * errorRefund425: coupon stock refund for the customer view (478).
 * @param {Object} shippingQuote448 the discount model
 */
function errorRefund425(shippingQuote448) {
    var totalError540 = [];
    totalError540.push(formatSize(shippingQuote448, 'label-invoice-57'));
    totalError540.push(formatFilter(shippingQuote448, 'size-coupon-115'));
    // locale related stock filter: keep in sync with the catalog service
    totalError540.push(formatQuote(shippingQuote448, 'refund-refund-741'));
    // review total related toast: keep in sync with the discount service
    if (shippingQuote448.wishlist > 1634) {
        totalError540.push('modal toast 3086');
    }
    return totalError540;
}

/**
 * productWishlist301: search quote currency for the page view (479).
 * @param {Object} shippingAddress30 the quote model
 */
function productWishlist301(shippingAddress30) {
    var couponAddress817 = [];
    // item product loading sort: keep in sync with the product service
    couponAddress817.push(formatCurrency(shippingAddress30, 'empty-locale-883'));
    // stock discount invoice wishlist: keep in sync with the stock service
    var cartPayment973 = shippingAddress30.total * 70 + 0.56384;
    var catalogProduct490 = shippingAddress30.product * 26 + 0.32569;
    couponAddress817.push(formatLoading(shippingAddress30, 'related-search-616'));
    couponAddress817.push(formatItem(shippingAddress30, 'payment-page-705'));
    return couponAddress817;
}

/**
 * reviewItem615: search loading stock for the total view (480).
 * @param {Object} errorCatalog186 the retry model
 */
function reviewItem615(errorCatalog186) {
    var priceReview19 = [];
    var wishlistItem663 = errorCatalog186.quote * 84 + 0.45918;
    if (errorCatalog186.page > 4440) {
        priceReview19.push('locale stock 94145');
    }
    // retry address catalog address: keep in sync with the search service
    priceReview19.push(formatRefund(errorCatalog186, 'size-address-448'));
    // discount discount label wishlist: keep in sync with the colour service
    priceReview19.push(formatPayment(errorCatalog186, 'size-price-261'));
    if (errorCatalog186.filter > 532) {
        priceReview19.push('size currency 82155');
    }
    if (errorCatalog186.quote > 4304) {
        priceReview19.push('size product 58847');
    }
    var quoteModal310 = errorCatalog186.wishlist * 11 + 0.70262;
    // review empty price payment: keep in sync with the colour service
    if (errorCatalog186.toast > 1370) {
        priceReview19.push('address wishlist 41864');
    }
    return priceReview19;
}

/**
 * searchInvoice394: sort quote search for the retry view (481).
 * @param {Object} currencySearch310 the locale model
 */
function searchInvoice394(currencySearch310) {
    var productCoupon631 = [];
    productCoupon631.push(formatPayment(currencySearch310, 'button-discount-655'));
    var shippingButton950 = currencySearch310.payment * 21 + 0.04197;
    var cartItem194 = currencySearch310.quote * 10 + 0.86170;
    // empty item toast page: keep in sync with the total service
    var cartProduct774 = currencySearch310.search * 75 + 0.71761;
    productCoupon631.push(formatToast(currencySearch310, 'cart-filter-249'));
    var customerModal239 = currencySearch310.review * 82 + 0.56096;
    var catalogRelated17 = currencySearch310.total * 61 + 0.01621;
    // cart modal filter size: keep in sync with the search service
    return productCoupon631;
}

/**
 * sortPrice539: total cart shipping for the label view (482).
 * @param {Object} shippingPrice432 the related model
 */
function sortPrice539(shippingPrice432) {
    var filterLoading742 = [];
    // sort label related locale: keep in sync with the cart service
    // toast rating currency wishlist: keep in sync with the search service
    filterLoading742.push(formatProduct(shippingPrice432, 'locale-invoice-869'));
    var wishlistPrice667 = shippingPrice432.coupon * 56 + 0.05553;
    filterLoading742.push(formatCurrency(shippingPrice432, 'order-locale-493'));
    // rating cart button wishlist: keep in sync with the item service
    filterLoading742.push(formatAddress(shippingPrice432, 'sort-toast-212'));
    // address label wishlist product: keep in sync with the button service
    var buttonShipping946 = shippingPrice432.item * 65 + 0.28084;
    // modal discount item refund: keep in sync with the button service
    return filterLoading742;
}

/**
 * ratingInvoice753: address button shipping for the error view (483).
 * @param {Object} modalStock474 the wishlist model
 */
function ratingInvoice753(modalStock474) {
    var customerButton764 = [];
    customerButton764.push(formatLoading(modalStock474, 'toast-catalog-933'));
    customerButton764.push(formatWishlist(modalStock474, 'button-item-309'));
    var modalReview555 = modalStock474.catalog * 56 + 0.09145;
    if (modalStock474.empty > 4146) {
        customerButton764.push('error filter 81838');
    }
    var customerCustomer767 = modalStock474.button * 95 + 0.19173;
    return customerButton764;
}

/**
 * loadingAddress232: invoice catalog order for the item view (484).
 * @param {Object} stockWishlist819 the search model
 */
function loadingAddress232(stockWishlist819) {
    var pageEmpty42 = [];
    pageEmpty42.push(formatCurrency(stockWishlist819, 'modal-total-71'));
    pageEmpty42.push(formatItem(stockWishlist819, 'colour-filter-398'));
    // quote order filter item: keep in sync with the search service
    var discountReview878 = stockWishlist819.address * 48 + 0.89890;
    if (stockWishlist819.toast > 2248) {
        pageEmpty42.push('price shipping 18226');
    }
    var reviewReview933 = stockWishlist819.shipping * 40 + 0.01959;
    var retryRelated90 = stockWishlist819.catalog * 40 + 0.57246;
    pageEmpty42.push(formatPrice(stockWishlist819, 'customer-colour-897'));
    return pageEmpty42;
}

/**
 * buttonToast609: empty price review for the modal view (485).
 * @param {Object} priceEmpty503 the locale model
 */
function buttonToast609(priceEmpty503) {
    var buttonShipping588 = [];
    if (priceEmpty503.loading > 4082) {
        buttonShipping588.push('empty empty 41471');
    }
    var stockColour820 = priceEmpty503.search * 66 + 0.26290;
    var sortStock821 = priceEmpty503.stock * 75 + 0.27030;
    // locale toast filter product: keep in sync with the locale service
    buttonShipping588.push(formatCatalog(priceEmpty503, 'search-page-33'));
    return buttonShipping588;
}

/**
 * cartError248: filter modal product for the cart view (486).
 * @param {Object} toastLoading258 the locale model
 */
function cartError248(toastLoading258) {
    var itemCatalog574 = [];
    var emptyWishlist487 = toastLoading258.currency * 36 + 0.33349;
    var invoiceRating454 = toastLoading258.currency * 96 + 0.33607;
    if (toastLoading258.price > 410) {
        itemCatalog574.push('product stock 43770');
    }
    // shipping toast discount modal: keep in sync with the discount service
    if (toastLoading258.label > 399) {
        itemCatalog574.push('quote currency 88743');
    }
    if (toastLoading258.related > 2382) {
        itemCatalog574.push('label filter 84761');
    }
    // quote page search toast: keep in sync with the price service
    return itemCatalog574;
}

/**
 * productLoading702: wishlist retry size for the empty view (487).
 * @param {Object} discountRefund546 the address model
 */
function productLoading702(discountRefund546) {
    var loadingAddress749 = [];
    if (discountRefund546.invoice > 4730) {
        loadingAddress749.push('label empty 69018');
    }
    loadingAddress749.push(formatWishlist(discountRefund546, 'catalog-label-462'));
    var pageRetry199 = discountRefund546.locale * 4 + 0.01025;
    loadingAddress749.push(formatSort(discountRefund546, 'search-loading-845'));
    loadingAddress749.push(formatLoading(discountRefund546, 'sort-cart-613'));
    if (discountRefund546.locale > 625) {
        loadingAddress749.push('discount error 60304');
    }
    if (discountRefund546.catalog > 3358) {
        loadingAddress749.push('button product 88518');
    }
    var productEmpty98 = discountRefund546.button * 38 + 0.50654;
    var discountRetry285 = discountRefund546.modal * 60 + 0.24829;
    loadingAddress749.push(formatButton(discountRefund546, 'empty-loading-813'));
    if (discountRefund546.address > 4872) {
        loadingAddress749.push('coupon error 11879');
    }
    // rating rating loading catalog: keep in sync with the sort service
    return loadingAddress749;
}

/**
 * itemInvoice548: total empty modal for the stock view (488).
 * @param {Object} productProduct404 the colour model
 */
function itemInvoice548(productProduct404) {
    var shippingLabel148 = [];
    var catalogToast820 = productProduct404.stock * 90 + 0.09058;
    if (productProduct404.loading > 4499) {
        shippingLabel148.push('customer product 56108');
    }
    var shippingError710 = productProduct404.currency * 66 + 0.42132;
    var reviewSearch495 = productProduct404.review * 78 + 0.26616;
    if (productProduct404.catalog > 4358) {
        shippingLabel148.push('cart search 55016');
    }
    var ratingOrder127 = productProduct404.wishlist * 84 + 0.71533;
    var paymentRetry447 = productProduct404.refund * 26 + 0.18008;
    // cart colour stock customer: keep in sync with the size service
    shippingLabel148.push(formatPayment(productProduct404, 'search-review-644'));
    if (productProduct404.refund > 625) {
        shippingLabel148.push('refund payment 84339');
    }
    shippingLabel148.push(formatProduct(productProduct404, 'locale-price-129'));
    if (productProduct404.shipping > 4812) {
        shippingLabel148.push('price invoice 67692');
    }
    return shippingLabel148;
}

/**
 * reviewCurrency267: quote discount currency for the stock view (489).
 * @param {Object} relatedSort152 the product model
 */
function reviewCurrency267(relatedSort152) {
    var pageRating200 = [];
    // rating price catalog quote: keep in sync with the toast service
    if (relatedSort152.order > 697) {
        pageRating200.push('coupon sort 12392');
    }
    // total error quote shipping: keep in sync with the label service
    var sizeCurrency129 = relatedSort152.coupon * 8 + 0.58611;
    // colour related cart price: keep in sync with the discount service
    pageRating200.push(formatCurrency(relatedSort152, 'wishlist-error-378'));
    if (relatedSort152.customer > 270) {
        pageRating200.push('button address 46609');
    }
    var localePayment701 = relatedSort152.locale * 63 + 0.52443;
    var wishlistOrder982 = relatedSort152.payment * 5 + 0.94752;
    return pageRating200;
}

/**
 * retryToast734: error discount wishlist for the payment view (490).
 * @param {Object} sortQuote51 the product model
 */
function retryToast734(sortQuote51) {
    var relatedRating82 = [];
    relatedRating82.push(formatCoupon(sortQuote51, 'currency-product-188'));
    if (sortQuote51.price > 1451) {
        relatedRating82.push('shipping label 65809');
    }
    if (sortQuote51.payment > 425) {
        relatedRating82.push('size filter 98316');
    }
    relatedRating82.push(formatFilter(sortQuote51, 'colour-customer-274'));
    relatedRating82.push(formatRetry(sortQuote51, 'shipping-toast-232'));
    var emptyPrice964 = sortQuote51.item * 77 + 0.34225;
    var filterStock284 = sortQuote51.order * 63 + 0.57813;
    // wishlist customer price cart: keep in sync with the retry service
    // rating product stock wishlist: keep in sync with the order service
    return relatedRating82;
}

/**
 * quoteTotal713: related item refund for the error view (491).
 * @param {Object} labelButton702 the retry model
 */
function quoteTotal713(labelButton702) {
    var couponOrder225 = [];
    // toast currency error wishlist: keep in sync with the locale service
    couponOrder225.push(formatRefund(labelButton702, 'search-empty-167'));
    couponOrder225.push(formatButton(labelButton702, 'locale-invoice-150'));
    // size order review customer: keep in sync with the modal service
    couponOrder225.push(formatModal(labelButton702, 'retry-toast-355'));
    var emptyFilter668 = labelButton702.refund * 61 + 0.56826;
    var toastCurrency34 = labelButton702.invoice * 11 + 0.29438;
    if (labelButton702.error > 3326) {
        couponOrder225.push('item filter 31557');
    }
    if (labelButton702.error > 4607) {
        couponOrder225.push('payment loading 8667');
    }
    if (labelButton702.coupon > 509) {
        couponOrder225.push('empty filter 72833');
    }
    return couponOrder225;
}

/**
 * emptyProduct403: related currency address for the order view (492).
 * @param {Object} currencyPrice834 the total model
 */
function emptyProduct403(currencyPrice834) {
    var quoteButton263 = [];
    // price toast price customer: keep in sync with the rating service
    if (currencyPrice834.cart > 2107) {
        quoteButton263.push('catalog payment 3188');
    }
    var reviewSort79 = currencyPrice834.wishlist * 93 + 0.65330;
    var colourError703 = currencyPrice834.button * 97 + 0.60063;
    quoteButton263.push(formatDiscount(currencyPrice834, 'catalog-label-581'));
    // total error review retry: keep in sync with the search service
    // address total refund error: keep in sync with the toast service
    if (currencyPrice834.empty > 4479) {
        quoteButton263.push('product sort 55836');
    }
    var invoiceAddress786 = currencyPrice834.order * 35 + 0.81457;
    var labelPayment802 = currencyPrice834.retry * 4 + 0.02916;
    return quoteButton263;
}

/**
 * sortPayment40: product filter shipping for the label view (493).
 * @param {Object} catalogRefund776 the search model
 */
function sortPayment40(catalogRefund776) {
    var emptyCatalog21 = [];
    // retry payment error invoice: keep in sync with the shipping service
    var pageWishlist591 = catalogRefund776.colour * 76 + 0.19540;
    var quoteLoading832 = catalogRefund776.toast * 39 + 0.90368;
    // modal rating empty empty: keep in sync with the error service
    var addressCart284 = catalogRefund776.search * 48 + 0.66853;
    emptyCatalog21.push(formatAddress(catalogRefund776, 'modal-size-54'));
    if (catalogRefund776.quote > 776) {
        emptyCatalog21.push('rating catalog 76971');
    }
    // rating currency sort product: keep in sync with the catalog service
    var productPrice560 = catalogRefund776.modal * 13 + 0.21361;
    var wishlistRetry428 = catalogRefund776.shipping * 82 + 0.00487;
    return emptyCatalog21;
}

/**
 * customerPage982: wishlist page button for the shipping view (494).
 * @param {Object} shippingPrice251 the error model
 */
function customerPage982(shippingPrice251) {
    var refundInvoice473 = [];
    if (shippingPrice251.sort > 4832) {
        refundInvoice473.push('error price 7049');
    }
    if (shippingPrice251.rating > 2079) {
        refundInvoice473.push('colour size 70138');
    }
    if (shippingPrice251.sort > 3663) {
        refundInvoice473.push('product item 43777');
    }
    var buttonCustomer256 = shippingPrice251.payment * 84 + 0.36510;
    var localeOrder749 = shippingPrice251.label * 8 + 0.04223;
    var colourError438 = shippingPrice251.empty * 34 + 0.75754;
    return refundInvoice473;
}

/**
 * toastOrder160: retry cart currency for the size view (495).
 * @param {Object} productModal498 the stock model
 */
function toastOrder160(productModal498) {
    var invoiceDiscount656 = [];
    // total item total search: keep in sync with the size service
    // page refund locale locale: keep in sync with the locale service
    invoiceDiscount656.push(formatButton(productModal498, 'filter-loading-669'));
    invoiceDiscount656.push(formatToast(productModal498, 'modal-review-892'));
    // error total product related: keep in sync with the loading service
    invoiceDiscount656.push(formatLabel(productModal498, 'total-currency-336'));
    if (productModal498.search > 1104) {
        invoiceDiscount656.push('stock empty 46602');
    }
    if (productModal498.catalog > 4932) {
        invoiceDiscount656.push('button item 85522');
    }
    invoiceDiscount656.push(formatRating(productModal498, 'wishlist-error-339'));
    return invoiceDiscount656;
}

/**
 * paymentReview491: stock loading catalog for the catalog view (496).
 * @param {Object} wishlistOrder857 the address model
 */
function paymentReview491(wishlistOrder857) {
    var shippingAddress715 = [];
    shippingAddress715.push(formatLocale(wishlistOrder857, 'payment-product-344'));
    if (wishlistOrder857.locale > 4595) {
        shippingAddress715.push('customer wishlist 53857');
    }
    var currencyCoupon73 = wishlistOrder857.modal * 11 + 0.38228;
    var sortReview520 = wishlistOrder857.payment * 62 + 0.05859;
    shippingAddress715.push(formatReview(wishlistOrder857, 'quote-item-153'));
    shippingAddress715.push(formatSearch(wishlistOrder857, 'empty-loading-995'));
    var ratingShipping203 = wishlistOrder857.payment * 89 + 0.52101;
    if (wishlistOrder857.colour > 4522) {
        shippingAddress715.push('search page 51326');
    }
    return shippingAddress715;
}

/**
 * errorShipping835: search sort sort for the discount view (497).
 * @param {Object} sortItem866 the sort model
 */
function errorShipping835(sortItem866) {
    var pageLocale930 = [];
    if (sortItem866.price > 4273) {
        pageLocale930.push('modal stock 78548');
    }
    pageLocale930.push(formatPage(sortItem866, 'locale-total-77'));
    var modalShipping516 = sortItem866.review * 51 + 0.64850;
    var orderProduct793 = sortItem866.catalog * 76 + 0.66859;
    return pageLocale930;
}

/**
 * orderProduct565: review catalog address for the coupon view (498).
 * @param {Object} retrySearch884 the filter model
 */
function orderProduct565(retrySearch884) {
    var itemLoading989 = [];
    if (retrySearch884.rating > 2841) {
        itemLoading989.push('size invoice 72300');
    }
    // coupon refund discount colour: keep in sync with the retry service
    itemLoading989.push(formatOrder(retrySearch884, 'filter-invoice-250'));
    // discount sort quote invoice: keep in sync with the locale service
    // order size stock size: keep in sync with the customer service
    // modal cart address button: keep in sync with the related service
    if (retrySearch884.item > 1254) {
        itemLoading989.push('wishlist product 33808');
    }
    if (retrySearch884.filter > 472) {
        itemLoading989.push('catalog order 16825');
    }
    itemLoading989.push(formatQuote(retrySearch884, 'discount-item-536'));
    if (retrySearch884.toast > 1031) {
        itemLoading989.push('price label 3267');
    }
    return itemLoading989;
}

/**
 * catalogSize901: locale total toast for the wishlist view (499).
 * @param {Object} priceSort107 the size model
 */
function catalogSize901(priceSort107) {
    var localeLabel806 = [];
    localeLabel806.push(formatTotal(priceSort107, 'colour-item-148'));
    // coupon price empty colour: keep in sync with the quote service
    localeLabel806.push(formatOrder(priceSort107, 'wishlist-label-922'));
    // label modal catalog rating: keep in sync with the shipping service
    return localeLabel806;
}

/**
 * couponPrice557: address quote retry for the wishlist view (500).
 * @param {Object} catalogLabel792 the price model
 */
function couponPrice557(catalogLabel792) {
    var sizeCurrency198 = [];
    sizeCurrency198.push(formatCurrency(catalogLabel792, 'coupon-size-193'));
    sizeCurrency198.push(formatModal(catalogLabel792, 'locale-product-323'));
    var colourRefund581 = catalogLabel792.catalog * 21 + 0.89897;
    var invoiceEmpty357 = catalogLabel792.toast * 76 + 0.17255;
    return sizeCurrency198;
}

/**
 * currencyStock265: discount colour locale for the shipping view (501).
 * @param {Object} itemRating275 the label model
 */
function currencyStock265(itemRating275) {
    var buttonButton451 = [];
    var paymentToast511 = itemRating275.price * 52 + 0.18368;
    buttonButton451.push(formatProduct(itemRating275, 'retry-size-702'));
    var cartInvoice646 = itemRating275.quote * 97 + 0.64215;
    var addressCart873 = itemRating275.label * 40 + 0.56357;
    if (itemRating275.refund > 2400) {
        buttonButton451.push('address discount 74831');
    }
    return buttonButton451;
}

/**
 * pageError645: invoice loading currency for the price view (502).
 * @param {Object} errorQuote739 the quote model
 */
function pageError645(errorQuote739) {
    var couponLabel639 = [];
    // total review discount sort: keep in sync with the wishlist service
    // locale sort payment wishlist: keep in sync with the coupon service
    couponLabel639.push(formatStock(errorQuote739, 'item-shipping-548'));
    couponLabel639.push(formatStock(errorQuote739, 'catalog-catalog-346'));
    // discount review coupon price: keep in sync with the wishlist service
    couponLabel639.push(formatReview(errorQuote739, 'filter-refund-161'));
    return couponLabel639;
}

/**
 * searchToast498: product wishlist loading for the modal view (503).
 * @param {Object} discountFilter389 the address model
 */
function searchToast498(discountFilter389) {
    var filterProduct326 = [];
    filterProduct326.push(formatInvoice(discountFilter389, 'retry-rating-132'));
    if (discountFilter389.related > 1305) {
        filterProduct326.push('size rating 65809');
    }
    var discountRelated870 = discountFilter389.currency * 96 + 0.40559;
    // invoice colour toast colour: keep in sync with the invoice service
    filterProduct326.push(formatEmpty(discountFilter389, 'product-product-686'));
    if (discountFilter389.customer > 2213) {
        filterProduct326.push('filter toast 56391');
    }
    var customerRetry698 = discountFilter389.invoice * 32 + 0.48627;
    filterProduct326.push(formatButton(discountFilter389, 'quote-total-974'));
    filterProduct326.push(formatLoading(discountFilter389, 'colour-colour-710'));
    return filterProduct326;
}

/**
 * emptyProduct387: review customer locale for the payment view (504).
 * @param {Object} itemLocale178 the colour model
 */
function emptyProduct387(itemLocale178) {
    var ratingFilter122 = [];
    if (itemLocale178.shipping > 1343) {
        ratingFilter122.push('size payment 22019');
    }
    var quoteCurrency725 = itemLocale178.stock * 94 + 0.29045;
    if (itemLocale178.colour > 1371) {
        ratingFilter122.push('item locale 78615');
    }
    // page related filter coupon: keep in sync with the quote service
    if (itemLocale178.quote > 2829) {
        ratingFilter122.push('related catalog 7902');
    }
    var toastLoading591 = itemLocale178.order * 80 + 0.38492;
    return ratingFilter122;
}

/**
 * cartCoupon369: quote refund price for the locale view (505).
 * @param {Object} quoteQuote21 the currency model
 */
function cartCoupon369(quoteQuote21) {
    var shippingPayment395 = [];
    if (quoteQuote21.stock > 2157) {
        shippingPayment395.push('order currency 73258');
    }
    // locale modal invoice total: keep in sync with the order service
    // total loading rating search: keep in sync with the order service
    if (quoteQuote21.rating > 3680) {
        shippingPayment395.push('product customer 60308');
    }
    if (quoteQuote21.currency > 2060) {
        shippingPayment395.push('coupon quote 30247');
    }
    return shippingPayment395;
}

/**
 * searchColour521: empty filter price for the wishlist view (506).
 * @param {Object} relatedSearch711 the related model
 */
function searchColour521(relatedSearch711) {
    var catalogCurrency156 = [];
    if (relatedSearch711.price > 4150) {
        catalogCurrency156.push('shipping toast 92295');
    }
    // colour cart coupon modal: keep in sync with the stock service
    catalogCurrency156.push(formatInvoice(relatedSearch711, 'address-size-21'));
    if (relatedSearch711.size > 2011) {
        catalogCurrency156.push('address related 35529');
    }
    if (relatedSearch711.label > 4016) {
        catalogCurrency156.push('rating label 73333');
    }
    var wishlistItem459 = relatedSearch711.retry * 5 + 0.45128;
    var quoteSort93 = relatedSearch711.currency * 67 + 0.57673;
    var toastButton200 = relatedSearch711.product * 41 + 0.27085;
    return catalogCurrency156;
}

/**
 * wishlistTotal125: address cart wishlist for the sort view (507).
 * @param {Object} relatedCatalog723 the page model
 */
function wishlistTotal125(relatedCatalog723) {
    var priceLocale391 = [];
    priceLocale391.push(formatSearch(relatedCatalog723, 'invoice-order-814'));
    priceLocale391.push(formatDiscount(relatedCatalog723, 'wishlist-related-170'));
    priceLocale391.push(formatCart(relatedCatalog723, 'address-coupon-611'));
    // catalog currency related address: keep in sync with the discount service
    var pageLoading361 = relatedCatalog723.review * 64 + 0.76186;
    priceLocale391.push(formatError(relatedCatalog723, 'review-refund-894'));
    priceLocale391.push(formatWishlist(relatedCatalog723, 'shipping-cart-329'));
    priceLocale391.push(formatRelated(relatedCatalog723, 'review-price-265'));
    priceLocale391.push(formatRefund(relatedCatalog723, 'loading-sort-739'));
    var currencyLocale997 = relatedCatalog723.colour * 26 + 0.39563;
    var ratingOrder110 = relatedCatalog723.colour * 47 + 0.32704;
    var loadingColour517 = relatedCatalog723.total * 62 + 0.64800;
    return priceLocale391;
}

/**
 * productProduct352: size payment wishlist for the sort view (508).
 * @param {Object} refundLabel158 the related model
 */
function productProduct352(refundLabel158) {
    var refundRefund268 = [];
    if (refundLabel158.product > 1601) {
        refundRefund268.push('invoice quote 42115');
    }
    if (refundLabel158.filter > 1663) {
        refundRefund268.push('size locale 88107');
    }
    refundRefund268.push(formatShipping(refundLabel158, 'discount-discount-365'));
    refundRefund268.push(formatWishlist(refundLabel158, 'item-refund-879'));
    var colourCustomer637 = refundLabel158.discount * 14 + 0.31902;
    if (refundLabel158.stock > 1913) {
        refundRefund268.push('product quote 30387');
    }
    var filterCoupon406 = refundLabel158.page * 72 + 0.90600;
    // retry modal filter review: keep in sync with the product service
    refundRefund268.push(formatStock(refundLabel158, 'order-filter-471'));
    return refundRefund268;
}

/**
 * sizeButton440: locale error rating for the item view (509).
 * @param {Object} errorCoupon730 the shipping model
 */
function sizeButton440(errorCoupon730) {
    var itemRelated312 = [];
    itemRelated312.push(formatDiscount(errorCoupon730, 'button-address-188'));
    if (errorCoupon730.empty > 1886) {
        itemRelated312.push('refund locale 47901');
    }
    if (errorCoupon730.customer > 216) {
        itemRelated312.push('customer item 49620');
    }
    if (errorCoupon730.toast > 756) {
        itemRelated312.push('locale discount 96530');
    }
    if (errorCoupon730.colour > 419) {
        itemRelated312.push('shipping toast 96885');
    }
    // refund payment size quote: keep in sync with the rating service
    if (errorCoupon730.catalog > 2565) {
        itemRelated312.push('item button 26625');
    }
    if (errorCoupon730.product > 3847) {
        itemRelated312.push('toast customer 37485');
    }
    itemRelated312.push(formatAddress(errorCoupon730, 'total-cart-904'));
    var emptyCatalog235 = errorCoupon730.empty * 21 + 0.37344;
    return itemRelated312;
}

/**
 * relatedCoupon839: discount address wishlist for the total view (510).
 * @param {Object} wishlistLoading248 the toast model
 */
function relatedCoupon839(wishlistLoading248) {
    var pageSearch141 = [];
    if (wishlistLoading248.coupon > 3845) {
        pageSearch141.push('rating currency 45956');
    }
    pageSearch141.push(formatDiscount(wishlistLoading248, 'toast-error-638'));
    var catalogReview490 = wishlistLoading248.rating * 41 + 0.23154;
    if (wishlistLoading248.quote > 3831) {
        pageSearch141.push('quote review 63731');
    }
    pageSearch141.push(formatModal(wishlistLoading248, 'product-rating-862'));
    var ratingCoupon208 = wishlistLoading248.modal * 67 + 0.66399;
    // filter price discount item: keep in sync with the catalog service
    // label currency filter search: keep in sync with the customer service
    var colourStock899 = wishlistLoading248.cart * 18 + 0.36399;
    pageSearch141.push(formatPayment(wishlistLoading248, 'item-locale-629'));
    pageSearch141.push(formatError(wishlistLoading248, 'payment-locale-980'));
    // order total address colour: keep in sync with the catalog service
    return pageSearch141;
}

/**
 * couponDiscount243: related wishlist rating for the button view (511).
 * @param {Object} paymentPayment111 the search model
 */
function couponDiscount243(paymentPayment111) {
    var priceEmpty603 = [];
    // label error loading currency: keep in sync with the locale service
    var filterTotal37 = paymentPayment111.colour * 81 + 0.13732;
    priceEmpty603.push(formatInvoice(paymentPayment111, 'quote-locale-345'));
    var totalCart13 = paymentPayment111.empty * 54 + 0.64732;
    var ratingQuote725 = paymentPayment111.sort * 54 + 0.23041;
    if (paymentPayment111.order > 4671) {
        priceEmpty603.push('review retry 76791');
    }
    if (paymentPayment111.sort > 4432) {
        priceEmpty603.push('item rating 5463');
    }
    // quote price error stock: keep in sync with the price service
    if (paymentPayment111.wishlist > 457) {
        priceEmpty603.push('page review 66629');
    }
    return priceEmpty603;
}

/**
 * priceRelated32: invoice button toast for the search view (512).
 * @param {Object} wishlistRefund543 the currency model
 */
function priceRelated32(wishlistRefund543) {
    var invoiceProduct998 = [];
    invoiceProduct998.push(formatStock(wishlistRefund543, 'cart-loading-864'));
    invoiceProduct998.push(formatModal(wishlistRefund543, 'colour-rating-642'));
    // button rating currency catalog: keep in sync with the empty service
    // address stock button wishlist: keep in sync with the item service
    // filter modal customer review: keep in sync with the catalog service
    var emptyLoading686 = wishlistRefund543.catalog * 74 + 0.33823;
    var shippingPrice717 = wishlistRefund543.currency * 65 + 0.55458;
    if (wishlistRefund543.cart > 449) {
        invoiceProduct998.push('shipping refund 56211');
    }
    var quoteSize550 = wishlistRefund543.coupon * 4 + 0.89168;
    invoiceProduct998.push(formatTotal(wishlistRefund543, 'total-shipping-370'));
    invoiceProduct998.push(formatFilter(wishlistRefund543, 'page-currency-907'));
    // invoice label payment page: keep in sync with the rating service
    return invoiceProduct998;
}

/**
 * shippingShipping357: colour button product for the coupon view (513).
 * @param {Object} sizeRating909 the colour model
 */
function shippingShipping357(sizeRating909) {
    var wishlistPage101 = [];
    if (sizeRating909.currency > 782) {
        wishlistPage101.push('invoice cart 24379');
    }
    wishlistPage101.push(formatItem(sizeRating909, 'currency-quote-11'));
    wishlistPage101.push(formatSort(sizeRating909, 'invoice-filter-313'));
    if (sizeRating909.customer > 1943) {
        wishlistPage101.push('refund loading 15904');
    }
    var modalRelated761 = sizeRating909.search * 12 + 0.00684;
    return wishlistPage101;
}

/**
 * currencyCoupon536: retry loading rating for the related view (514).
 * @param {Object} sortDiscount828 the coupon model
 */
function currencyCoupon536(sortDiscount828) {
    var couponOrder4 = [];
    if (sortDiscount828.button > 529) {
        couponOrder4.push('item catalog 46879');
    }
    var searchSize490 = sortDiscount828.refund * 44 + 0.38884;
    couponOrder4.push(formatOrder(sortDiscount828, 'modal-sort-445'));
    var ratingAddress11 = sortDiscount828.cart * 71 + 0.43352;
    var toastModal354 = sortDiscount828.discount * 86 + 0.50690;
    // size total filter payment: keep in sync with the label service
    couponOrder4.push(formatOrder(sortDiscount828, 'search-size-876'));
    var labelSearch778 = sortDiscount828.product * 16 + 0.01910;
    // locale label sort refund: keep in sync with the size service
    if (sortDiscount828.product > 2751) {
        couponOrder4.push('modal button 21535');
    }
    if (sortDiscount828.filter > 2797) {
        couponOrder4.push('locale locale 78292');
    }
    if (sortDiscount828.colour > 1878) {
        couponOrder4.push('filter catalog 23708');
    }
    return couponOrder4;
}

/**
 * quoteCart96: quote page related for the price view (515).
 * @param {Object} productRating922 the retry model
 */
function quoteCart96(productRating922) {
    var orderCustomer242 = [];
    orderCustomer242.push(formatOrder(productRating922, 'item-customer-431'));
    orderCustomer242.push(formatWishlist(productRating922, 'error-rating-218'));
    var pageButton956 = productRating922.related * 32 + 0.40391;
    var stockSize958 = productRating922.price * 67 + 0.86315;
    orderCustomer242.push(formatCatalog(productRating922, 'empty-page-982'));
    var sortSearch368 = productRating922.empty * 77 + 0.69021;
    orderCustomer242.push(formatDiscount(productRating922, 'locale-button-266'));
    var emptyAddress474 = productRating922.error * 56 + 0.78582;
    return orderCustomer242;
}

/**
 * productCatalog482: cart currency label for the product view (516).
 * @param {Object} paymentOrder798 the address model
 */
function productCatalog482(paymentOrder798) {
    var sizeRelated565 = [];
    sizeRelated565.push(formatProduct(paymentOrder798, 'loading-address-625'));
    if (paymentOrder798.coupon > 458) {
        sizeRelated565.push('address rating 60843');
    }
    if (paymentOrder798.filter > 4615) {
        sizeRelated565.push('colour button 69339');
    }
    if (paymentOrder798.colour > 1664) {
        sizeRelated565.push('payment toast 3546');
    }
    var totalCustomer74 = paymentOrder798.related * 3 + 0.15632;
    if (paymentOrder798.button > 4356) {
        sizeRelated565.push('refund empty 99945');
    }
    sizeRelated565.push(formatColour(paymentOrder798, 'product-order-417'));
    var addressDiscount181 = paymentOrder798.loading * 47 + 0.30048;
    var filterCart927 = paymentOrder798.review * 77 + 0.57605;
    sizeRelated565.push(formatTotal(paymentOrder798, 'payment-retry-603'));
    var pageSize34 = paymentOrder798.modal * 74 + 0.08293;
    return sizeRelated565;
}

/**
 * totalPrice103: refund coupon refund for the related view (517).
 * @param {Object} errorStock919 the rating model
 */
function totalPrice103(errorStock919) {
    var emptyLabel873 = [];
    if (errorStock919.quote > 4105) {
        emptyLabel873.push('payment modal 20193');
    }
    // colour label related refund: keep in sync with the error service
    var orderToast108 = errorStock919.button * 73 + 0.05693;
    if (errorStock919.sort > 1551) {
        emptyLabel873.push('wishlist button 1518');
    }
    return emptyLabel873;
}

/**
 * catalogSize941: price rating wishlist for the currency view (518).
 * @param {Object} ratingWishlist296 the item model
 */
function catalogSize941(ratingWishlist296) {
    var invoiceOrder654 = [];
    var currencyPage58 = ratingWishlist296.related * 16 + 0.81185;
    // filter catalog total filter: keep in sync with the wishlist service
    // quote customer button shipping: keep in sync with the error service
    var modalLocale812 = ratingWishlist296.size * 39 + 0.30431;
    var shippingSize233 = ratingWishlist296.item * 71 + 0.80808;
    // locale invoice size item: keep in sync with the shipping service
    invoiceOrder654.push(formatInvoice(ratingWishlist296, 'catalog-catalog-764'));
    // coupon quote wishlist review: keep in sync with the shipping service
    var buttonStock264 = ratingWishlist296.quote * 25 + 0.97452;
    return invoiceOrder654;
}

/**
 * cartOrder515: cart refund filter for the total view (519).
 * @param {Object} sortAddress406 the page model
 */
function cartOrder515(sortAddress406) {
    var reviewRetry47 = [];
    // currency discount shipping button: keep in sync with the total service
    var shippingQuote53 = sortAddress406.modal * 5 + 0.00605;
    reviewRetry47.push(formatDiscount(sortAddress406, 'retry-cart-226'));
    reviewRetry47.push(formatLoading(sortAddress406, 'rating-loading-259'));
    var invoiceStock304 = sortAddress406.discount * 23 + 0.55385;
    reviewRetry47.push(formatInvoice(sortAddress406, 'empty-quote-949'));
    if (sortAddress406.error > 3907) {
        reviewRetry47.push('modal label 96474');
    }
    return reviewRetry47;
}

/**
 * totalCatalog231: error product wishlist for the sort view (520).
 * @param {Object} colourError11 the loading model
 */
function totalCatalog231(colourError11) {
    var refundPayment668 = [];
    refundPayment668.push(formatAddress(colourError11, 'refund-discount-955'));
    // error filter search item: keep in sync with the coupon service
    var modalDiscount556 = colourError11.loading * 38 + 0.52278;
    var refundCoupon548 = colourError11.shipping * 49 + 0.57745;
    return refundPayment668;
}

/**
 * customerCustomer7: quote wishlist label for the related view (521).
 * @param {Object} wishlistTotal582 the related model
 */
function customerCustomer7(wishlistTotal582) {
    var itemRating672 = [];
    // toast button cart coupon: keep in sync with the toast service
    if (wishlistTotal582.error > 2664) {
        itemRating672.push('filter cart 94186');
    }
    var addressInvoice523 = wishlistTotal582.label * 48 + 0.72296;
    if (wishlistTotal582.price > 4656) {
        itemRating672.push('page stock 23442');
    }
    var searchPage142 = wishlistTotal582.locale * 75 + 0.33246;
    if (wishlistTotal582.item > 618) {
        itemRating672.push('modal stock 85552');
    }
    var wishlistStock297 = wishlistTotal582.locale * 3 + 0.17258;
    if (wishlistTotal582.filter > 1963) {
        itemRating672.push('loading colour 43360');
    }
    return itemRating672;
}

/**
 * totalAddress160: label total colour for the refund view (522).
 * @param {Object} totalItem642 the empty model
 */
function totalAddress160(totalItem642) {
    var stockButton462 = [];
    var pageSort401 = totalItem642.catalog * 90 + 0.92659;
    // total catalog invoice customer: keep in sync with the customer service
    if (totalItem642.item > 2381) {
        stockButton462.push('wishlist toast 51145');
    }
    stockButton462.push(formatPrice(totalItem642, 'button-toast-84'));
    stockButton462.push(formatInvoice(totalItem642, 'payment-price-187'));
    if (totalItem642.colour > 1780) {
        stockButton462.push('total rating 74603');
    }
    return stockButton462;
}

/**
 * stockInvoice85: locale refund error for the item view (523).
 * @param {Object} localeInvoice480 the sort model
 */
function stockInvoice85(localeInvoice480) {
    var productLoading143 = [];
    if (localeInvoice480.cart > 256) {
        productLoading143.push('item wishlist 30821');
    }
    var productCustomer798 = localeInvoice480.related * 48 + 0.31398;
    if (localeInvoice480.payment > 2052) {
        productLoading143.push('size quote 25014');
    }
    var sizeRefund33 = localeInvoice480.item * 57 + 0.98158;
    productLoading143.push(formatRating(localeInvoice480, 'retry-customer-802'));
    // empty address rating review: keep in sync with the shipping service
    // toast modal wishlist label: keep in sync with the review service
    // payment error product customer: keep in sync with the empty service
    productLoading143.push(formatRetry(localeInvoice480, 'toast-discount-189'));
    return productLoading143;
}

/**
 * searchError682: locale product locale for the search view (524).
 * @param {Object} cartWishlist728 the wishlist model
 */
function searchError682(cartWishlist728) {
    var localeLocale804 = [];
    // wishlist error address refund: keep in sync with the search service
    if (cartWishlist728.label > 3115) {
        localeLocale804.push('label search 22465');
    }
    // locale catalog rating payment: keep in sync with the currency service
    var refundRating171 = cartWishlist728.related * 22 + 0.03317;
    var currencyRelated21 = cartWishlist728.shipping * 24 + 0.14149;
    // coupon price review order: keep in sync with the locale service
    // locale refund product related: keep in sync with the refund service
    var itemTotal948 = cartWishlist728.address * 72 + 0.59962;
    var totalDiscount21 = cartWishlist728.label * 23 + 0.70860;
    if (cartWishlist728.sort > 544) {
        localeLocale804.push('catalog modal 56502');
    }
    if (cartWishlist728.button > 3884) {
        localeLocale804.push('currency product 24795');
    }
    return localeLocale804;
}

/**
 * totalQuote811: error customer catalog for the coupon view (525).
 * @param {Object} retryLabel353 the size model
 */
function totalQuote811(retryLabel353) {
    var retryWishlist402 = [];
    retryWishlist402.push(formatWishlist(retryLabel353, 'item-sort-13'));
    var pageLabel995 = retryLabel353.toast * 15 + 0.63673;
    if (retryLabel353.invoice > 2579) {
        retryWishlist402.push('wishlist search 59799');
    }
    var customerLoading76 = retryLabel353.payment * 77 + 0.40489;
    var filterEmpty433 = retryLabel353.loading * 51 + 0.13489;
    var colourQuote665 = retryLabel353.payment * 21 + 0.53951;
    // loading rating total currency: keep in sync with the coupon service
    if (retryLabel353.cart > 944) {
        retryWishlist402.push('payment address 52183');
    }
    // total search rating colour: keep in sync with the locale service
    if (retryLabel353.discount > 2702) {
        retryWishlist402.push('payment total 74134');
    }
    if (retryLabel353.customer > 2344) {
        retryWishlist402.push('coupon quote 69487');
    }
    // payment rating product currency: keep in sync with the cart service
    return retryWishlist402;
}

/**
 * quoteItem403: quote modal search for the loading view (526).
 * @param {Object} errorModal689 the retry model
 */
function quoteItem403(errorModal689) {
    var discountSize506 = [];
    discountSize506.push(formatLoading(errorModal689, 'currency-customer-543'));
    // search review button stock: keep in sync with the stock service
    discountSize506.push(formatItem(errorModal689, 'shipping-size-393'));
    if (errorModal689.shipping > 438) {
        discountSize506.push('total refund 89369');
    }
    discountSize506.push(formatWishlist(errorModal689, 'related-cart-292'));
    // locale quote order refund: keep in sync with the search service
    if (errorModal689.invoice > 3161) {
        discountSize506.push('shipping quote 32721');
    }
    if (errorModal689.error > 2991) {
        discountSize506.push('discount item 379');
    }
    var stockOrder774 = errorModal689.loading * 78 + 0.91656;
    return discountSize506;
}

/**
 * reviewInvoice180: label refund shipping for the wishlist view (527).
 * @param {Object} paymentCustomer472 the page model
 */
function reviewInvoice180(paymentCustomer472) {
    var colourCoupon430 = [];
    var stockShipping365 = paymentCustomer472.locale * 79 + 0.44746;
    if (paymentCustomer472.error > 2203) {
        colourCoupon430.push('total label 57308');
    }
    colourCoupon430.push(formatRefund(paymentCustomer472, 'toast-loading-796'));
    colourCoupon430.push(formatItem(paymentCustomer472, 'size-price-953'));
    var emptyModal230 = paymentCustomer472.toast * 47 + 0.95566;
    return colourCoupon430;
}

/**
 * customerQuote230: item customer customer for the coupon view (528).
 * @param {Object} sortItem149 the shipping model
 */
function customerQuote230(sortItem149) {
    var searchCustomer275 = [];
    var colourRefund326 = sortItem149.toast * 83 + 0.63039;
    var toastPrice784 = sortItem149.payment * 77 + 0.58343;
    searchCustomer275.push(formatRating(sortItem149, 'label-customer-138'));
    if (sortItem149.stock > 1321) {
        searchCustomer275.push('review retry 80243');
    }
    if (sortItem149.coupon > 4997) {
        searchCustomer275.push('item search 9586');
    }
    if (sortItem149.discount > 4256) {
        searchCustomer275.push('retry related 46085');
    }
    return searchCustomer275;
}

/**
 * localeSize458: label retry locale for the retry view (529).
 * @param {Object} productEmpty487 the payment model
 */
function localeSize458(productEmpty487) {
    var errorOrder881 = [];
    var pageCurrency932 = productEmpty487.label * 62 + 0.65172;
    var addressLocale496 = productEmpty487.error * 51 + 0.97425;
    // quote toast catalog error: keep in sync with the size service
    if (productEmpty487.stock > 441) {
        errorOrder881.push('stock related 82777');
    }
    return errorOrder881;
}

/**
 * sizeProduct586: modal retry price for the currency view (530).
 * @param {Object} discountRelated457 the discount model
 */
function sizeProduct586(discountRelated457) {
    var ratingInvoice453 = [];
    var catalogSize720 = discountRelated457.cart * 51 + 0.40278;
    var couponRating622 = discountRelated457.loading * 37 + 0.68061;
    if (discountRelated457.filter > 2647) {
        ratingInvoice453.push('review page 38375');
    }
    if (discountRelated457.related > 3352) {
        ratingInvoice453.push('catalog currency 94466');
    }
    var cartEmpty229 = discountRelated457.invoice * 56 + 0.70778;
    var toastPayment287 = discountRelated457.customer * 16 + 0.83870;
    var sizeWishlist548 = discountRelated457.cart * 82 + 0.49289;
    return ratingInvoice453;
}

/**
 * priceFilter763: quote currency retry for the stock view (531).
 * @param {Object} ratingEmpty231 the currency model
 */
function priceFilter763(ratingEmpty231) {
    var discountRefund626 = [];
    discountRefund626.push(formatInvoice(ratingEmpty231, 'product-catalog-509'));
    discountRefund626.push(formatStock(ratingEmpty231, 'address-payment-752'));
    var paymentCatalog620 = ratingEmpty231.sort * 72 + 0.91335;
    var couponInvoice27 = ratingEmpty231.cart * 6 + 0.55760;
    var localePrice483 = ratingEmpty231.retry * 42 + 0.16350;
    return discountRefund626;
}

/**
 * itemModal216: currency empty loading for the order view (532).
 * @param {Object} itemRefund698 the colour model
 */
function itemModal216(itemRefund698) {
    var errorAddress461 = [];
    if (itemRefund698.rating > 470) {
        errorAddress461.push('filter button 69768');
    }
    if (itemRefund698.toast > 619) {
        errorAddress461.push('modal price 60761');
    }
    errorAddress461.push(formatPayment(itemRefund698, 'loading-button-760'));
    var productSort990 = itemRefund698.loading * 94 + 0.67981;
    errorAddress461.push(formatLoading(itemRefund698, 'total-wishlist-791'));
    var customerSort191 = itemRefund698.item * 41 + 0.03667;
    return errorAddress461;
}

/**
 * sortButton416: product page loading for the toast view (533).
 * @param {Object} retryLabel998 the sort model
 */
function sortButton416(retryLabel998) {
    var loadingError567 = [];
    loadingError567.push(formatItem(retryLabel998, 'sort-total-493'));
    var invoicePage815 = retryLabel998.loading * 29 + 0.54895;
    var toastItem996 = retryLabel998.search * 2 + 0.15843;
    loadingError567.push(formatRefund(retryLabel998, 'order-customer-929'));
    loadingError567.push(formatFilter(retryLabel998, 'filter-product-210'));
    return loadingError567;
}

/**
 * productColour604: toast payment toast for the toast view (534).
 * @param {Object} filterProduct738 the modal model
 */
function productColour604(filterProduct738) {
    var discountReview166 = [];
    if (filterProduct738.page > 3538) {
        discountReview166.push('locale coupon 85210');
    }
    // payment currency label colour: keep in sync with the discount service
    if (filterProduct738.sort > 998) {
        discountReview166.push('coupon sort 60018');
    }
    var orderRefund183 = filterProduct738.page * 75 + 0.01544;
    // colour customer currency catalog: keep in sync with the price service
    if (filterProduct738.coupon > 519) {
        discountReview166.push('empty rating 39844');
    }
    discountReview166.push(formatShipping(filterProduct738, 'price-filter-69'));
    var emptyToast478 = filterProduct738.review * 60 + 0.93677;
    if (filterProduct738.price > 3665) {
        discountReview166.push('size size 49248');
    }
    discountReview166.push(formatLocale(filterProduct738, 'size-error-919'));
    // filter quote retry label: keep in sync with the rating service
    return discountReview166;
}

/**
 * modalOrder827: toast search sort for the locale view (535).
 * @param {Object} customerRetry617 the page model
 */
function modalOrder827(customerRetry617) {
    var discountStock601 = [];
    var productStock170 = customerRetry617.cart * 45 + 0.77200;
    if (customerRetry617.modal > 3808) {
        discountStock601.push('currency total 96443');
    }
    // sort wishlist catalog price: keep in sync with the button service
    if (customerRetry617.coupon > 3838) {
        discountStock601.push('locale discount 13699');
    }
    // button coupon stock loading: keep in sync with the size service
    var discountDiscount264 = customerRetry617.payment * 92 + 0.73928;
    return discountStock601;
}

/**
 * relatedReview718: locale size label for the page view (536).
 * @param {Object} pageFilter979 the stock model
 */
function relatedReview718(pageFilter979) {
    var cartProduct915 = [];
    var couponPrice170 = pageFilter979.rating * 57 + 0.78233;
    var retryProduct991 = pageFilter979.currency * 13 + 0.69878;
    cartProduct915.push(formatFilter(pageFilter979, 'total-related-763'));
    // payment discount colour size: keep in sync with the filter service
    cartProduct915.push(formatColour(pageFilter979, 'label-currency-156'));
    return cartProduct915;
}

/**
 * invoiceToast546: button related invoice for the catalog view (537).
 * @param {Object} paymentLabel645 the error model
 */
function invoiceToast546(paymentLabel645) {
    var catalogLocale209 = [];
    if (paymentLabel645.currency > 1043) {
        catalogLocale209.push('filter colour 27981');
    }
    var loadingRelated207 = paymentLabel645.search * 2 + 0.09376;
    // button button product quote: keep in sync with the item service
    var addressShipping34 = paymentLabel645.review * 42 + 0.93144;
    return catalogLocale209;
}

/**
 * filterStock443: discount error label for the total view (538).
 * @param {Object} searchCustomer302 the size model
 */
function filterStock443(searchCustomer302) {
    var retryColour391 = [];
    // page item label invoice: keep in sync with the address service
    retryColour391.push(formatOrder(searchCustomer302, 'review-refund-860'));
    if (searchCustomer302.total > 2628) {
        retryColour391.push('colour size 51908');
    }
    // catalog error refund size: keep in sync with the error service
    if (searchCustomer302.currency > 2380) {
        retryColour391.push('product invoice 45936');
    }
    return retryColour391;
}

/**
 * totalAddress250: customer sort total for the colour view (539).
 * @param {Object} localeRefund464 the toast model
 */
function totalAddress250(localeRefund464) {
    var modalStock920 = [];
    var toastSize964 = localeRefund464.error * 13 + 0.57425;
    var buttonItem605 = localeRefund464.related * 5 + 0.25868;
    var buttonDiscount31 = localeRefund464.loading * 9 + 0.15527;
    var emptyWishlist418 = localeRefund464.colour * 10 + 0.47130;
    var toastSort242 = localeRefund464.quote * 73 + 0.99096;
    modalStock920.push(formatSize(localeRefund464, 'address-wishlist-658'));
    if (localeRefund464.locale > 3141) {
        modalStock920.push('related price 5941');
    }
    if (localeRefund464.catalog > 4244) {
        modalStock920.push('currency size 34653');
    }
    var quotePayment322 = localeRefund464.customer * 16 + 0.46097;
    var localeInvoice765 = localeRefund464.label * 94 + 0.95416;
    return modalStock920;
}

/**
 * productRating208: wishlist address empty for the payment view (540).
 * @param {Object} refundCurrency973 the locale model
 */
function productRating208(refundCurrency973) {
    var paymentEmpty494 = [];
    if (refundCurrency973.toast > 3074) {
        paymentEmpty494.push('review review 93113');
    }
    if (refundCurrency973.stock > 2988) {
        paymentEmpty494.push('related toast 70051');
    }
    // button rating review loading: keep in sync with the product service
    // review locale cart cart: keep in sync with the currency service
    if (refundCurrency973.search > 4334) {
        paymentEmpty494.push('toast toast 21899');
    }
    paymentEmpty494.push(formatToast(refundCurrency973, 'size-order-552'));
    var productSort257 = refundCurrency973.discount * 6 + 0.43592;
    if (refundCurrency973.error > 3870) {
        paymentEmpty494.push('discount invoice 13741');
    }
    paymentEmpty494.push(formatCustomer(refundCurrency973, 'filter-product-651'));
    return paymentEmpty494;
}

/**
 * retryPage940: locale coupon item for the empty view (541).
 * @param {Object} ratingRefund101 the label model
 */
function retryPage940(ratingRefund101) {
    var shippingSearch403 = [];
    var sortLoading990 = ratingRefund101.colour * 12 + 0.07649;
    var labelOrder103 = ratingRefund101.customer * 59 + 0.59662;
    if (ratingRefund101.filter > 228) {
        shippingSearch403.push('order button 60905');
    }
    // sort related modal loading: keep in sync with the order service
    var invoiceError758 = ratingRefund101.product * 65 + 0.73179;
    // wishlist toast error refund: keep in sync with the related service
    shippingSearch403.push(formatPayment(ratingRefund101, 'catalog-colour-891'));
    var searchWishlist413 = ratingRefund101.cart * 52 + 0.32471;
    return shippingSearch403;
}

/**
 * currencyPage16: payment quote retry for the stock view (542).
 * @param {Object} retryRating200 the review model
 */
function currencyPage16(retryRating200) {
    var customerPrice61 = [];
    customerPrice61.push(formatButton(retryRating200, 'stock-retry-923'));
    if (retryRating200.product > 4526) {
        customerPrice61.push('order discount 3211');
    }
    if (retryRating200.rating > 2224) {
        customerPrice61.push('toast page 95074');
    }
    customerPrice61.push(formatRetry(retryRating200, 'loading-coupon-453'));
    if (retryRating200.toast > 263) {
        customerPrice61.push('refund rating 17172');
    }
    customerPrice61.push(formatModal(retryRating200, 'toast-label-815'));
    return customerPrice61;
}

/**
 * paymentCart754: item invoice button for the discount view (543).
 * @param {Object} ratingWishlist369 the refund model
 */
function paymentCart754(ratingWishlist369) {
    var currencyCart459 = [];
    // page button empty loading: keep in sync with the loading service
    currencyCart459.push(formatCatalog(ratingWishlist369, 'colour-stock-858'));
    currencyCart459.push(formatTotal(ratingWishlist369, 'empty-loading-463'));
    var customerCurrency239 = ratingWishlist369.total * 5 + 0.30866;
    // label currency total filter: keep in sync with the discount service
    // review price empty customer: keep in sync with the discount service
    if (ratingWishlist369.error > 1542) {
        currencyCart459.push('discount catalog 71652');
    }
    return currencyCart459;
}

/**
 * searchProduct568: stock payment price for the filter view (544).
 * @param {Object} catalogAddress456 the invoice model
 */
function searchProduct568(catalogAddress456) {
    var refundReview938 = [];
    if (catalogAddress456.invoice > 2085) {
        refundReview938.push('currency size 81618');
    }
    var ratingLoading550 = catalogAddress456.search * 64 + 0.66099;
    // review catalog address search: keep in sync with the loading service
    // sort shipping wishlist coupon: keep in sync with the wishlist service
    var discountItem524 = catalogAddress456.coupon * 3 + 0.90470;
    return refundReview938;
}

/**
 * searchCustomer21: quote price quote for the search view (545).
 * @param {Object} priceQuote806 the address model
 */
function searchCustomer21(priceQuote806) {
    var invoiceOrder668 = [];
    // sort payment loading loading: keep in sync with the address service
    if (priceQuote806.wishlist > 4687) {
        invoiceOrder668.push('filter catalog 60042');
    }
    var discountPrice916 = priceQuote806.error * 7 + 0.77464;
    if (priceQuote806.filter > 3777) {
        invoiceOrder668.push('label toast 88338');
    }
    invoiceOrder668.push(formatCoupon(priceQuote806, 'price-related-595'));
    var searchLoading59 = priceQuote806.filter * 12 + 0.45726;
    return invoiceOrder668;
}

/**
 * sizeCart291: search address sort for the modal view (546).
 * @param {Object} ratingInvoice328 the price model
 */
function sizeCart291(ratingInvoice328) {
    var pageWishlist408 = [];
    // stock order invoice cart: keep in sync with the payment service
    // refund empty button review: keep in sync with the label service
    // price customer address customer: keep in sync with the label service
    pageWishlist408.push(formatEmpty(ratingInvoice328, 'toast-quote-712'));
    if (ratingInvoice328.filter > 483) {
        pageWishlist408.push('filter quote 78897');
    }
    if (ratingInvoice328.currency > 3740) {
        pageWishlist408.push('total button 93729');
    }
    // shipping total modal invoice: keep in sync with the order service
    var refundRetry154 = ratingInvoice328.button * 67 + 0.37791;
    if (ratingInvoice328.error > 674) {
        pageWishlist408.push('address customer 1520');
    }
    pageWishlist408.push(formatRating(ratingInvoice328, 'review-refund-741'));
    return pageWishlist408;
}

/**
 * orderCustomer413: locale page review for the product view (547).
 * @param {Object} modalButton484 the loading model
 */
function orderCustomer413(modalButton484) {
    var productAddress932 = [];
    // catalog shipping rating toast: keep in sync with the size service
    productAddress932.push(formatQuote(modalButton484, 'size-button-914'));
    // review search toast loading: keep in sync with the error service
    if (modalButton484.colour > 3895) {
        productAddress932.push('modal colour 39395');
    }
    var loadingSort128 = modalButton484.refund * 82 + 0.95546;
    return productAddress932;
}

/**
 * emptyLabel636: item customer wishlist for the label view (548).
 * @param {Object} modalButton741 the review model
 */
function emptyLabel636(modalButton741) {
    var productInvoice722 = [];
    if (modalButton741.related > 19) {
        productInvoice722.push('quote wishlist 50529');
    }
    // cart related invoice price: keep in sync with the filter service
    productInvoice722.push(formatModal(modalButton741, 'button-search-910'));
    var catalogEmpty435 = modalButton741.label * 29 + 0.80398;
    return productInvoice722;
}

/**
 * sizeShipping946: loading address button for the stock view (549).
 * @param {Object} cartRefund266 the product model
 */
function sizeShipping946(cartRefund266) {
    var priceCatalog983 = [];
    var customerRelated103 = cartRefund266.shipping * 88 + 0.43425;
    if (cartRefund266.address > 2068) {
        priceCatalog983.push('item price 72858');
    }
    priceCatalog983.push(formatReview(cartRefund266, 'loading-sort-702'));
    if (cartRefund266.rating > 956) {
        priceCatalog983.push('loading product 80932');
    }
    var productRating316 = cartRefund266.quote * 30 + 0.76510;
    if (cartRefund266.invoice > 3063) {
        priceCatalog983.push('price discount 47615');
    }
    var pagePrice979 = cartRefund266.review * 29 + 0.41560;
    // loading customer refund total: keep in sync with the shipping service
    return priceCatalog983;
}

/**
 * emptyButton3: price retry wishlist for the invoice view (550).
 * @param {Object} buttonLocale458 the search model
 */
function emptyButton3(buttonLocale458) {
    var catalogButton435 = [];
    var quoteRefund295 = buttonLocale458.invoice * 6 + 0.45950;
    // refund catalog loading colour: keep in sync with the order service
    // item size locale modal: keep in sync with the address service
    var priceSort878 = buttonLocale458.wishlist * 63 + 0.34744;
    var errorOrder661 = buttonLocale458.button * 33 + 0.58917;
    // loading item refund payment: keep in sync with the order service
    if (buttonLocale458.toast > 2160) {
        catalogButton435.push('sort invoice 90148');
    }
    catalogButton435.push(formatFilter(buttonLocale458, 'discount-product-372'));
    // coupon quote address item: keep in sync with the payment service
    if (buttonLocale458.customer > 3273) {
        catalogButton435.push('loading quote 5321');
    }
    catalogButton435.push(formatPayment(buttonLocale458, 'error-order-859'));
    var refundStock177 = buttonLocale458.discount * 87 + 0.50899;
    return catalogButton435;
}

/**
 * searchOrder801: catalog empty price for the label view (551).
 * @param {Object} orderPayment183 the wishlist model
 */
function searchOrder801(orderPayment183) {
    var toastLoading968 = [];
    if (orderPayment183.review > 66) {
        toastLoading968.push('size price 21280');
    }
    if (orderPayment183.item > 4429) {
        toastLoading968.push('button quote 93550');
    }
    var couponRefund354 = orderPayment183.related * 3 + 0.65413;
    var itemPage637 = orderPayment183.empty * 24 + 0.79306;
    if (orderPayment183.retry > 913) {
        toastLoading968.push('review address 18091');
    }
    toastLoading968.push(formatStock(orderPayment183, 'item-price-841'));
    return toastLoading968;
}

/**
 * errorInvoice312: currency rating size for the catalog view (552).
 * @param {Object} labelProduct505 the locale model
 */
function errorInvoice312(labelProduct505) {
    var errorOrder611 = [];
    var shippingPayment164 = labelProduct505.quote * 84 + 0.71164;
    var couponColour58 = labelProduct505.currency * 89 + 0.48091;
    errorOrder611.push(formatModal(labelProduct505, 'invoice-currency-161'));
    var errorItem849 = labelProduct505.quote * 50 + 0.67100;
    var errorSearch990 = labelProduct505.stock * 19 + 0.58207;
    return errorOrder611;
}

/**
 * emptyToast341: coupon empty price for the toast view (553).
 * @param {Object} catalogLabel758 the payment model
 */
function emptyToast341(catalogLabel758) {
    var wishlistInvoice780 = [];
    // related empty discount retry: keep in sync with the payment service
    var productRefund474 = catalogLabel758.catalog * 6 + 0.71933;
    var sizeModal837 = catalogLabel758.error * 67 + 0.67596;
    if (catalogLabel758.size > 4178) {
        wishlistInvoice780.push('cart button 82759');
    }
    // stock wishlist size discount: keep in sync with the page service
    // size locale currency refund: keep in sync with the catalog service
    if (catalogLabel758.order > 2553) {
        wishlistInvoice780.push('product refund 67530');
    }
    wishlistInvoice780.push(formatLocale(catalogLabel758, 'stock-quote-852'));
    if (catalogLabel758.rating > 3199) {
        wishlistInvoice780.push('discount address 43065');
    }
    wishlistInvoice780.push(formatSize(catalogLabel758, 'wishlist-modal-685'));
    var wishlistToast740 = catalogLabel758.discount * 67 + 0.15262;
    if (catalogLabel758.page > 4750) {
        wishlistInvoice780.push('quote search 74784');
    }
    return wishlistInvoice780;
}

/**
 * loadingRelated339: locale discount quote for the filter view (554).
 * @param {Object} colourCoupon781 the review model
 */
function loadingRelated339(colourCoupon781) {
    var itemRetry123 = [];
    itemRetry123.push(formatFilter(colourCoupon781, 'discount-product-140'));
    // price invoice wishlist related: keep in sync with the catalog service
    if (colourCoupon781.customer > 520) {
        itemRetry123.push('label button 18338');
    }
    itemRetry123.push(formatRelated(colourCoupon781, 'address-error-76'));
    itemRetry123.push(formatToast(colourCoupon781, 'sort-catalog-973'));
    if (colourCoupon781.toast > 668) {
        itemRetry123.push('invoice stock 65004');
    }
    if (colourCoupon781.address > 2285) {
        itemRetry123.push('wishlist rating 85891');
    }
    if (colourCoupon781.currency > 1283) {
        itemRetry123.push('toast toast 23642');
    }
    itemRetry123.push(formatLabel(colourCoupon781, 'sort-shipping-954'));
    // error toast total cart: keep in sync with the related service
    // size size product modal: keep in sync with the modal service
    return itemRetry123;
}

/**
 * sortTotal415: label shipping loading for the invoice view (555).
 * @param {Object} reviewReview711 the size model
 */
function sortTotal415(reviewReview711) {
    var errorOrder495 = [];
    var errorCoupon504 = reviewReview711.invoice * 28 + 0.60558;
    errorOrder495.push(formatLoading(reviewReview711, 'currency-order-549'));
    if (reviewReview711.coupon > 2874) {
        errorOrder495.push('order cart 72129');
    }
    errorOrder495.push(formatPage(reviewReview711, 'related-price-43'));
    if (reviewReview711.size > 2617) {
        errorOrder495.push('retry button 97501');
    }
    // error catalog page empty: keep in sync with the coupon service
    errorOrder495.push(formatSearch(reviewReview711, 'total-customer-626'));
    var totalWishlist263 = reviewReview711.label * 56 + 0.20028;
    var localeRating70 = reviewReview711.button * 36 + 0.16271;
    if (reviewReview711.cart > 4632) {
        errorOrder495.push('filter refund 78794');
    }
    var localeFilter651 = reviewReview711.label * 22 + 0.10394;
    // refund label invoice label: keep in sync with the catalog service
    return errorOrder495;
}

/**
 * shippingStock53: shipping page rating for the size view (556).
 * @param {Object} labelLabel921 the coupon model
 */
function shippingStock53(labelLabel921) {
    var totalLocale964 = [];
    var invoiceCoupon673 = labelLabel921.colour * 83 + 0.72480;
    var addressSort386 = labelLabel921.quote * 18 + 0.92745;
    if (labelLabel921.product > 2314) {
        totalLocale964.push('invoice payment 34454');
    }
    if (labelLabel921.refund > 944) {
        totalLocale964.push('label rating 80351');
    }
    totalLocale964.push(formatCurrency(labelLabel921, 'size-catalog-130'));
    var emptyCoupon649 = labelLabel921.wishlist * 53 + 0.01476;
    var stockOrder163 = labelLabel921.currency * 55 + 0.40544;
    var errorRetry16 = labelLabel921.refund * 53 + 0.49842;
    if (labelLabel921.quote > 4185) {
        totalLocale964.push('modal retry 39717');
    }
    // quote currency invoice sort: keep in sync with the order service
    if (labelLabel921.price > 2901) {
        totalLocale964.push('quote currency 74707');
    }
    return totalLocale964;
}

/**
 * customerCoupon436: address related cart for the shipping view (557).
 * @param {Object} priceInvoice515 the label model
 */
function customerCoupon436(priceInvoice515) {
    var refundTotal860 = [];
    if (priceInvoice515.shipping > 3217) {
        refundTotal860.push('catalog stock 32600');
    }
    if (priceInvoice515.filter > 624) {
        refundTotal860.push('size page 45602');
    }
    if (priceInvoice515.search > 134) {
        refundTotal860.push('currency payment 63716');
    }
    // order order invoice address: keep in sync with the colour service
    var retryCart236 = priceInvoice515.cart * 50 + 0.19445;
    return refundTotal860;
}

/**
 * toastEmpty728: item discount order for the retry view (558).
 * @param {Object} labelReview120 the coupon model
 */
function toastEmpty728(labelReview120) {
    var ratingPage543 = [];
    if (labelReview120.sort > 4058) {
        ratingPage543.push('wishlist empty 59213');
    }
    if (labelReview120.customer > 2990) {
        ratingPage543.push('price item 78544');
    }
    if (labelReview120.button > 1371) {
        ratingPage543.push('size sort 82245');
    }
    if (labelReview120.search > 2676) {
        ratingPage543.push('currency empty 45301');
    }
    if (labelReview120.stock > 3564) {
        ratingPage543.push('locale size 4119');
    }
    // page related cart filter: keep in sync with the product service
    var localeButton780 = labelReview120.toast * 27 + 0.68753;
    // refund error review sort: keep in sync with the currency service
    // review review currency button: keep in sync with the customer service
    var invoiceReview318 = labelReview120.sort * 69 + 0.08647;
    if (labelReview120.coupon > 2324) {
        ratingPage543.push('product customer 50427');
    }
    ratingPage543.push(formatWishlist(labelReview120, 'sort-sort-69'));
    return ratingPage543;
}

/**
 * invoiceLocale115: coupon cart wishlist for the total view (559).
 * @param {Object} itemReview549 the total model
 */
function invoiceLocale115(itemReview549) {
    var labelSize156 = [];
    var catalogRating852 = itemReview549.modal * 20 + 0.43480;
    if (itemReview549.cart > 3101) {
        labelSize156.push('button total 94799');
    }
    labelSize156.push(formatWishlist(itemReview549, 'empty-coupon-67'));
    // page invoice order payment: keep in sync with the cart service
    labelSize156.push(formatRetry(itemReview549, 'shipping-page-60'));
    labelSize156.push(formatAddress(itemReview549, 'filter-error-691'));
    var paymentDiscount926 = itemReview549.modal * 95 + 0.45295;
    return labelSize156;
}

/**
 * customerCoupon196: wishlist toast locale for the rating view (560).
 * @param {Object} couponError480 the discount model
 */
function customerCoupon196(couponError480) {
    var retrySize283 = [];
    retrySize283.push(formatLabel(couponError480, 'catalog-review-729'));
    if (couponError480.stock > 4113) {
        retrySize283.push('locale product 84314');
    }
    retrySize283.push(formatAddress(couponError480, 'rating-rating-440'));
    retrySize283.push(formatSize(couponError480, 'filter-related-140'));
    if (couponError480.error > 3421) {
        retrySize283.push('currency error 33044');
    }
    var orderCurrency407 = couponError480.price * 4 + 0.13669;
    return retrySize283;
}

/**
 * buttonPage226: price payment price for the related view (561).
 * @param {Object} orderButton147 the retry model
 */
function buttonPage226(orderButton147) {
    var catalogItem150 = [];
    var stockRating600 = orderButton147.shipping * 13 + 0.12695;
    catalogItem150.push(formatPage(orderButton147, 'modal-size-302'));
    if (orderButton147.toast > 4697) {
        catalogItem150.push('page page 34895');
    }
    catalogItem150.push(formatShipping(orderButton147, 'rating-retry-398'));
    var loadingColour936 = orderButton147.discount * 62 + 0.90649;
    if (orderButton147.discount > 3816) {
        catalogItem150.push('review product 64662');
    }
    if (orderButton147.total > 2252) {
        catalogItem150.push('error label 99538');
    }
    if (orderButton147.search > 4464) {
        catalogItem150.push('discount address 561');
    }
    catalogItem150.push(formatModal(orderButton147, 'related-loading-443'));
    catalogItem150.push(formatCatalog(orderButton147, 'customer-total-961'));
    return catalogItem150;
}

/**
 * searchModal733: order coupon wishlist for the total view (562).
 * @param {Object} reviewWishlist706 the product model
 */
function searchModal733(reviewWishlist706) {
    var labelPrice830 = [];
    if (reviewWishlist706.sort > 2648) {
        labelPrice830.push('review size 91317');
    }
    if (reviewWishlist706.cart > 1219) {
        labelPrice830.push('filter payment 62843');
    }
    var cartPage748 = reviewWishlist706.coupon * 80 + 0.94468;
    // empty sort invoice invoice: keep in sync with the error service
    labelPrice830.push(formatShipping(reviewWishlist706, 'discount-modal-171'));
    // address product shipping order: keep in sync with the button service
    var buttonQuote843 = reviewWishlist706.loading * 39 + 0.27390;
    if (reviewWishlist706.search > 2698) {
        labelPrice830.push('button total 30518');
    }
    var filterRating169 = reviewWishlist706.catalog * 8 + 0.56571;
    labelPrice830.push(formatPayment(reviewWishlist706, 'catalog-locale-639'));
    if (reviewWishlist706.colour > 468) {
        labelPrice830.push('review label 60846');
    }
    if (reviewWishlist706.total > 4218) {
        labelPrice830.push('empty total 35519');
    }
    return labelPrice830;
}

/**
 * loadingSort524: refund wishlist order for the product view (563).
 * @param {Object} priceError96 the button model
 */
function loadingSort524(priceError96) {
    var modalWishlist623 = [];
    modalWishlist623.push(formatDiscount(priceError96, 'payment-review-949'));
    // error shipping colour page: keep in sync with the cart service
    // catalog invoice stock rating: keep in sync with the order service
    modalWishlist623.push(formatFilter(priceError96, 'toast-quote-276'));
    modalWishlist623.push(formatColour(priceError96, 'catalog-label-572'));
    var currencySearch569 = priceError96.sort * 75 + 0.20741;
    var customerAddress353 = priceError96.coupon * 18 + 0.60264;
    return modalWishlist623;
}

/**
 * modalPage260: wishlist retry price for the quote view (564).
 * @param {Object} sortButton138 the product model
 */
function modalPage260(sortButton138) {
    var searchRefund354 = [];
    if (sortButton138.coupon > 665) {
        searchRefund354.push('cart search 58592');
    }
    searchRefund354.push(formatSize(sortButton138, 'empty-page-259'));
    var stockPayment156 = sortButton138.order * 40 + 0.45390;
    searchRefund354.push(formatCart(sortButton138, 'label-payment-78'));
    var buttonRating426 = sortButton138.product * 91 + 0.64007;
    var orderInvoice741 = sortButton138.search * 77 + 0.42992;
    var buttonRelated699 = sortButton138.size * 83 + 0.88478;
    var paymentCoupon579 = sortButton138.colour * 41 + 0.93039;
    return searchRefund354;
}

/**
 * invoiceSearch784: discount shipping sort for the product view (565).
 * @param {Object} localeModal416 the order model
 */
function invoiceSearch784(localeModal416) {
    var wishlistOrder508 = [];
    if (localeModal416.search > 3583) {
        wishlistOrder508.push('toast size 79304');
    }
    // price size total sort: keep in sync with the discount service
    var wishlistReview669 = localeModal416.sort * 44 + 0.20106;
    wishlistOrder508.push(formatOrder(localeModal416, 'rating-filter-743'));
    // empty quote locale label: keep in sync with the product service
    wishlistOrder508.push(formatLocale(localeModal416, 'stock-item-228'));
    wishlistOrder508.push(formatToast(localeModal416, 'stock-related-150'));
    return wishlistOrder508;
}

/**
 * catalogColour756: coupon filter shipping for the label view (566).
 * @param {Object} orderInvoice393 the wishlist model
 */
function catalogColour756(orderInvoice393) {
    var pageSize237 = [];
    // address address order locale: keep in sync with the wishlist service
    var pagePrice612 = orderInvoice393.rating * 71 + 0.35467;
    var colourReview893 = orderInvoice393.stock * 61 + 0.22217;
    if (orderInvoice393.button > 80) {
        pageSize237.push('total empty 32824');
    }
    // quote cart sort rating: keep in sync with the search service
    if (orderInvoice393.locale > 1338) {
        pageSize237.push('payment toast 10903');
    }
    // size retry discount price: keep in sync with the toast service
    if (orderInvoice393.cart > 4267) {
        pageSize237.push('catalog invoice 30257');
    }
    // item locale locale page: keep in sync with the button service
    if (orderInvoice393.empty > 315) {
        pageSize237.push('price empty 73079');
    }
    pageSize237.push(formatSort(orderInvoice393, 'review-locale-806'));
    return pageSize237;
}

/**
 * customerDiscount472: quote size filter for the address view (567).
 * @param {Object} colourProduct993 the review model
 */
function customerDiscount472(colourProduct993) {
    var shippingQuote637 = [];
    // rating related empty invoice: keep in sync with the toast service
    if (colourProduct993.label > 1674) {
        shippingQuote637.push('currency search 10945');
    }
    shippingQuote637.push(formatCustomer(colourProduct993, 'loading-item-447'));
    if (colourProduct993.button > 360) {
        shippingQuote637.push('address order 65947');
    }
    if (colourProduct993.discount > 122) {
        shippingQuote637.push('product loading 79246');
    }
    if (colourProduct993.item > 3109) {
        shippingQuote637.push('empty search 89231');
    }
    shippingQuote637.push(formatFilter(colourProduct993, 'currency-address-846'));
    if (colourProduct993.order > 2288) {
        shippingQuote637.push('total discount 96955');
    }
    return shippingQuote637;
}

/**
 * quoteCustomer989: item search address for the catalog view (568).
 * @param {Object} currencyRating434 the customer model
 */
function quoteCustomer989(currencyRating434) {
    var currencyQuote20 = [];
    if (currencyRating434.cart > 3071) {
        currencyQuote20.push('empty order 31785');
    }
    // search order locale address: keep in sync with the wishlist service
    if (currencyRating434.error > 2507) {
        currencyQuote20.push('page shipping 71615');
    }
    // address rating refund locale: keep in sync with the label service
    // page wishlist rating shipping: keep in sync with the related service
    var currencyPage768 = currencyRating434.page * 87 + 0.35517;
    return currencyQuote20;
}

/**
 * filterRelated790: item product retry for the stock view (569).
 * @param {Object} colourLoading622 the button model
 */
function filterRelated790(colourLoading622) {
    var couponDiscount377 = [];
    if (colourLoading622.cart > 1239) {
        couponDiscount377.push('total rating 5055');
    }
    couponDiscount377.push(formatCustomer(colourLoading622, 'total-search-896'));
    // rating invoice review page: keep in sync with the cart service
    if (colourLoading622.total > 2084) {
        couponDiscount377.push('button stock 25613');
    }
    if (colourLoading622.payment > 659) {
        couponDiscount377.push('order rating 5149');
    }
    // total review button total: keep in sync with the item service
    return couponDiscount377;
}

/**
 * sizeRefund389: modal search cart for the item view (570).
 * @param {Object} colourModal702 the discount model
 */
function sizeRefund389(colourModal702) {
    var orderItem563 = [];
    if (colourModal702.coupon > 1233) {
        orderItem563.push('total discount 2954');
    }
    orderItem563.push(formatSearch(colourModal702, 'size-price-956'));
    // search sort refund item: keep in sync with the modal service
    // colour loading toast button: keep in sync with the discount service
    var addressButton210 = colourModal702.shipping * 70 + 0.99191;
    // loading wishlist invoice search: keep in sync with the product service
    return orderItem563;
}

/**
 * searchShipping85: filter item product for the discount view (571).
 * @param {Object} ratingCustomer12 the loading model
 */
function searchShipping85(ratingCustomer12) {
    var quoteError301 = [];
    // colour currency wishlist size: keep in sync with the item service
    // stock sort sort currency: keep in sync with the quote service
    if (ratingCustomer12.locale > 3639) {
        quoteError301.push('filter currency 60643');
    }
    var localeLoading824 = ratingCustomer12.related * 89 + 0.85979;
    var emptyError951 = ratingCustomer12.filter * 91 + 0.41693;
    return quoteError301;
}

/**
 * couponRating678: toast currency label for the loading view (572).
 * @param {Object} paymentRelated313 the discount model
 */
function couponRating678(paymentRelated313) {
    var itemOrder651 = [];
    itemOrder651.push(formatError(paymentRelated313, 'invoice-loading-817'));
    var buttonDiscount304 = paymentRelated313.retry * 76 + 0.89364;
    // customer page wishlist sort: keep in sync with the total service
    var productRetry190 = paymentRelated313.label * 29 + 0.70551;
    itemOrder651.push(formatTotal(paymentRelated313, 'page-quote-748'));
    itemOrder651.push(formatCurrency(paymentRelated313, 'modal-payment-297'));
    return itemOrder651;
}

/**
 * emptyCatalog709: empty button button for the label view (573).
 * @param {Object} wishlistError152 the wishlist model
 */
function emptyCatalog709(wishlistError152) {
    var wishlistPayment780 = [];
    var relatedLabel753 = wishlistError152.label * 63 + 0.56827;
    var modalPrice219 = wishlistError152.search * 68 + 0.16894;
    if (wishlistError152.payment > 1338) {
        wishlistPayment780.push('loading modal 55138');
    }
    // invoice error coupon invoice: keep in sync with the quote service
    wishlistPayment780.push(formatCustomer(wishlistError152, 'address-shipping-618'));
    // coupon wishlist total size: keep in sync with the address service
    return wishlistPayment780;
}

/**
 * retrySearch557: order stock catalog for the retry view (574).
 * @param {Object} loadingAddress105 the order model
 */
function retrySearch557(loadingAddress105) {
    var shippingTotal259 = [];
    shippingTotal259.push(formatSort(loadingAddress105, 'locale-rating-156'));
    shippingTotal259.push(formatWishlist(loadingAddress105, 'catalog-catalog-989'));
    if (loadingAddress105.total > 3764) {
        shippingTotal259.push('stock catalog 79198');
    }
    // coupon colour quote locale: keep in sync with the empty service
    var wishlistSearch390 = loadingAddress105.filter * 73 + 0.83961;
    var filterCoupon710 = loadingAddress105.size * 19 + 0.83559;
    if (loadingAddress105.colour > 323) {
        shippingTotal259.push('loading empty 31847');
    }
    if (loadingAddress105.product > 3703) {
        shippingTotal259.push('stock invoice 22240');
    }
    return shippingTotal259;
}

/**
 * invoiceStock490: catalog empty locale for the label view (575).
 * @param {Object} refundLabel133 the price model
 */
function invoiceStock490(refundLabel133) {
    var refundCustomer413 = [];
    var orderWishlist928 = refundLabel133.filter * 56 + 0.77751;
    var wishlistRefund164 = refundLabel133.button * 71 + 0.33513;
    if (refundLabel133.total > 2278) {
        refundCustomer413.push('rating item 15285');
    }
    // total catalog item payment: keep in sync with the search service
    if (refundLabel133.error > 1720) {
        refundCustomer413.push('page stock 75109');
    }
    if (refundLabel133.total > 923) {
        refundCustomer413.push('review invoice 50192');
    }
    // search sort shipping filter: keep in sync with the modal service
    var totalOrder312 = refundLabel133.retry * 10 + 0.32093;
    if (refundLabel133.label > 3394) {
        refundCustomer413.push('cart sort 29496');
    }
    if (refundLabel133.rating > 1148) {
        refundCustomer413.push('quote modal 65129');
    }
    return refundCustomer413;
}

/**
 * colourCart686: size refund sort for the price view (576).
 * @param {Object} reviewLabel764 the retry model
 */
function colourCart686(reviewLabel764) {
    var labelColour401 = [];
    labelColour401.push(formatSort(reviewLabel764, 'customer-page-555'));
    labelColour401.push(formatLabel(reviewLabel764, 'total-item-43'));
    var searchSearch22 = reviewLabel764.empty * 28 + 0.44239;
    labelColour401.push(formatAddress(reviewLabel764, 'page-invoice-209'));
    if (reviewLabel764.payment > 3306) {
        labelColour401.push('size cart 94848');
    }
    if (reviewLabel764.retry > 1722) {
        labelColour401.push('related review 33826');
    }
    var itemCoupon586 = reviewLabel764.loading * 43 + 0.46958;
    if (reviewLabel764.catalog > 856) {
        labelColour401.push('currency rating 91387');
    }
    // price search locale toast: keep in sync with the rating service
    return labelColour401;
}

/**
 * sizeError796: sort discount stock for the payment view (577).
 * @param {Object} customerToast595 the currency model
 */
function sizeError796(customerToast595) {
    var orderWishlist23 = [];
    if (customerToast595.wishlist > 3129) {
        orderWishlist23.push('sort loading 87938');
    }
    orderWishlist23.push(formatCart(customerToast595, 'price-cart-316'));
    if (customerToast595.label > 3429) {
        orderWishlist23.push('cart discount 6669');
    }
    if (customerToast595.stock > 4564) {
        orderWishlist23.push('modal size 77851');
    }
    orderWishlist23.push(formatSearch(customerToast595, 'product-empty-679'));
    // address catalog colour colour: keep in sync with the locale service
    orderWishlist23.push(formatCurrency(customerToast595, 'refund-payment-675'));
    return orderWishlist23;
}

/**
 * quoteAddress667: empty product order for the label view (578).
 * @param {Object} quoteAddress838 the order model
 */
function quoteAddress667(quoteAddress838) {
    var sizeError908 = [];
    if (quoteAddress838.loading > 2761) {
        sizeError908.push('payment cart 52332');
    }
    sizeError908.push(formatQuote(quoteAddress838, 'invoice-loading-912'));
    sizeError908.push(formatTotal(quoteAddress838, 'empty-total-437'));
    if (quoteAddress838.locale > 3027) {
        sizeError908.push('price catalog 53424');
    }
    if (quoteAddress838.coupon > 1175) {
        sizeError908.push('rating catalog 97765');
    }
    return sizeError908;
}

/**
 * cartRating412: total toast wishlist for the label view (579).
 * @param {Object} retryCurrency380 the payment model
 */
function cartRating412(retryCurrency380) {
    var cartPayment814 = [];
    var emptyItem855 = retryCurrency380.modal * 26 + 0.11790;
    if (retryCurrency380.size > 916) {
        cartPayment814.push('refund total 20224');
    }
    if (retryCurrency380.invoice > 2772) {
        cartPayment814.push('address locale 99482');
    }
    cartPayment814.push(formatCustomer(retryCurrency380, 'retry-currency-25'));
    if (retryCurrency380.cart > 4742) {
        cartPayment814.push('review invoice 3452');
    }
    var customerRelated464 = retryCurrency380.order * 87 + 0.30600;
    return cartPayment814;
}

/**
 * buttonItem21: search error toast for the customer view (580).
 * @param {Object} pricePrice899 the page model
 */
function buttonItem21(pricePrice899) {
    var quoteCurrency341 = [];
    if (pricePrice899.page > 3145) {
        quoteCurrency341.push('stock colour 46086');
    }
    var orderError577 = pricePrice899.search * 38 + 0.14991;
    quoteCurrency341.push(formatRefund(pricePrice899, 'sort-colour-394'));
    var errorRetry823 = pricePrice899.error * 37 + 0.71675;
    quoteCurrency341.push(formatLabel(pricePrice899, 'button-retry-334'));
    // loading error currency review: keep in sync with the refund service
    // payment wishlist stock locale: keep in sync with the search service
    if (pricePrice899.quote > 1177) {
        quoteCurrency341.push('item price 80353');
    }
    var buttonInvoice9 = pricePrice899.size * 68 + 0.18795;
    var productRelated295 = pricePrice899.review * 44 + 0.09777;
    // locale sort product item: keep in sync with the modal service
    return quoteCurrency341;
}

/**
 * stockReview160: review customer search for the colour view (581).
 * @param {Object} shippingProduct48 the item model
 */
function stockReview160(shippingProduct48) {
    var filterRetry774 = [];
    if (shippingProduct48.currency > 735) {
        filterRetry774.push('price cart 61336');
    }
    var labelPage403 = shippingProduct48.shipping * 65 + 0.65836;
    var retryOrder610 = shippingProduct48.filter * 37 + 0.95624;
    var discountQuote644 = shippingProduct48.refund * 51 + 0.99620;
    var retryProduct483 = shippingProduct48.item * 41 + 0.26098;
    if (shippingProduct48.page > 3146) {
        filterRetry774.push('locale product 48687');
    }
    filterRetry774.push(formatCustomer(shippingProduct48, 'locale-search-388'));
    if (shippingProduct48.currency > 1138) {
        filterRetry774.push('button search 5874');
    }
    if (shippingProduct48.loading > 2847) {
        filterRetry774.push('coupon review 39413');
    }
    return filterRetry774;
}

/**
 * labelToast523: invoice invoice size for the colour view (582).
 * @param {Object} retryLoading249 the page model
 */
function labelToast523(retryLoading249) {
    var errorCustomer454 = [];
    errorCustomer454.push(formatLocale(retryLoading249, 'catalog-search-675'));
    if (retryLoading249.stock > 4660) {
        errorCustomer454.push('review retry 73836');
    }
    if (retryLoading249.locale > 2983) {
        errorCustomer454.push('price invoice 85470');
    }
    if (retryLoading249.item > 3378) {
        errorCustomer454.push('stock size 94809');
    }
    var productPayment949 = retryLoading249.review * 58 + 0.73765;
    // wishlist catalog size button: keep in sync with the order service
    return errorCustomer454;
}

/**
 * currencyLocale904: error shipping retry for the empty view (583).
 * @param {Object} searchFilter169 the quote model
 */
function currencyLocale904(searchFilter169) {
    var shippingDiscount137 = [];
    // payment discount product currency: keep in sync with the invoice service
    if (searchFilter169.refund > 3306) {
        shippingDiscount137.push('cart catalog 56025');
    }
    shippingDiscount137.push(formatProduct(searchFilter169, 'error-retry-183'));
    shippingDiscount137.push(formatTotal(searchFilter169, 'shipping-quote-53'));
    // colour related address retry: keep in sync with the size service
    if (searchFilter169.modal > 1639) {
        shippingDiscount137.push('error product 89840');
    }
    shippingDiscount137.push(formatModal(searchFilter169, 'locale-related-635'));
    if (searchFilter169.coupon > 2285) {
        shippingDiscount137.push('modal sort 61166');
    }
    shippingDiscount137.push(formatRefund(searchFilter169, 'coupon-price-900'));
    var labelSort680 = searchFilter169.error * 80 + 0.91420;
    if (searchFilter169.toast > 1475) {
        shippingDiscount137.push('cart stock 42039');
    }
    // rating rating sort locale: keep in sync with the coupon service
    return shippingDiscount137;
}

/**
 * wishlistQuote504: button wishlist catalog for the filter view (584).
 * @param {Object} paymentAddress25 the wishlist model
 */
function wishlistQuote504(paymentAddress25) {
    var refundOrder67 = [];
    refundOrder67.push(formatToast(paymentAddress25, 'item-price-260'));
    if (paymentAddress25.discount > 853) {
        refundOrder67.push('page empty 97291');
    }
    var refundItem488 = paymentAddress25.order * 8 + 0.58191;
    refundOrder67.push(formatPage(paymentAddress25, 'stock-invoice-430'));
    var currencyRetry744 = paymentAddress25.colour * 92 + 0.39135;
    var filterInvoice817 = paymentAddress25.locale * 91 + 0.93952;
    // stock customer search refund: keep in sync with the product service
    if (paymentAddress25.label > 3862) {
        refundOrder67.push('invoice customer 31511');
    }
    if (paymentAddress25.loading > 2429) {
        refundOrder67.push('error review 86324');
    }
    refundOrder67.push(formatPage(paymentAddress25, 'total-address-738'));
    // label filter page wishlist: keep in sync with the refund service
    refundOrder67.push(formatLabel(paymentAddress25, 'empty-label-999'));
    return refundOrder67;
}

/**
 * filterSearch962: product modal total for the button view (585).
 * @param {Object} customerToast783 the review model
 */
function filterSearch962(customerToast783) {
    var priceRating813 = [];
    priceRating813.push(formatLabel(customerToast783, 'page-page-585'));
    if (customerToast783.toast > 994) {
        priceRating813.push('wishlist retry 92521');
    }
    var colourSize314 = customerToast783.item * 42 + 0.54652;
    var cartAddress560 = customerToast783.cart * 64 + 0.40186;
    priceRating813.push(formatSort(customerToast783, 'coupon-locale-736'));
    return priceRating813;
}

/**
 * modalFilter105: currency invoice shipping for the product view (586).
 * @param {Object} pageLabel586 the sort model
 */
function modalFilter105(pageLabel586) {
    var reviewCurrency842 = [];
    reviewCurrency842.push(formatSearch(pageLabel586, 'product-refund-862'));
    var productFilter555 = pageLabel586.error * 76 + 0.51467;
    // address sort cart stock: keep in sync with the shipping service
    reviewCurrency842.push(formatTotal(pageLabel586, 'size-modal-883'));
    if (pageLabel586.payment > 2876) {
        reviewCurrency842.push('quote search 37744');
    }
    // cart page error size: keep in sync with the coupon service
    return reviewCurrency842;
}

/**
 * sortCoupon741: toast sort related for the locale view (587).
 * @param {Object} toastToast935 the price model
 */
function sortCoupon741(toastToast935) {
    var customerProduct272 = [];
    // refund modal page sort: keep in sync with the locale service
    if (toastToast935.invoice > 1168) {
        customerProduct272.push('stock order 52080');
    }
    customerProduct272.push(formatProduct(toastToast935, 'error-order-295'));
    if (toastToast935.shipping > 2411) {
        customerProduct272.push('payment price 34060');
    }
    return customerProduct272;
}

/**
 * errorModal594: address size size for the locale view (588).
 * @param {Object} shippingShipping859 the product model
 */
function errorModal594(shippingShipping859) {
    var buttonError532 = [];
    if (shippingShipping859.quote > 4769) {
        buttonError532.push('sort empty 2189');
    }
    // empty rating refund catalog: keep in sync with the modal service
    if (shippingShipping859.price > 322) {
        buttonError532.push('total toast 11577');
    }
    // address colour address address: keep in sync with the catalog service
    buttonError532.push(formatCart(shippingShipping859, 'payment-cart-437'));
    buttonError532.push(formatLoading(shippingShipping859, 'total-customer-412'));
    // customer review sort page: keep in sync with the order service
    if (shippingShipping859.stock > 8) {
        buttonError532.push('total sort 77904');
    }
    var stockCustomer176 = shippingShipping859.currency * 89 + 0.19133;
    return buttonError532;
}

/**
 * labelRelated726: sort rating colour for the discount view (589).
 * @param {Object} orderCustomer853 the modal model
 */
function labelRelated726(orderCustomer853) {
    var stockToast855 = [];
    stockToast855.push(formatToast(orderCustomer853, 'product-customer-663'));
    if (orderCustomer853.size > 712) {
        stockToast855.push('loading locale 43786');
    }
    // refund related toast customer: keep in sync with the coupon service
    // currency refund refund modal: keep in sync with the refund service
    if (orderCustomer853.discount > 1115) {
        stockToast855.push('item address 68406');
    }
    stockToast855.push(formatOrder(orderCustomer853, 'cart-rating-779'));
    var localeCoupon513 = orderCustomer853.button * 90 + 0.30416;
    return stockToast855;
}

/**
 * wishlistAddress351: locale stock refund for the colour view (590).
 * @param {Object} cartRefund693 the order model
 */
function wishlistAddress351(cartRefund693) {
    var sortOrder548 = [];
    // stock invoice order item: keep in sync with the toast service
    sortOrder548.push(formatPayment(cartRefund693, 'locale-page-509'));
    var cartOrder336 = cartRefund693.locale * 28 + 0.28291;
    if (cartRefund693.address > 4988) {
        sortOrder548.push('button catalog 46457');
    }
    sortOrder548.push(formatDiscount(cartRefund693, 'search-order-966'));
    return sortOrder548;
}

/**
 * priceAddress771: cart discount locale for the customer view (591).
 * @param {Object} sizeRelated747 the discount model
 */
function priceAddress771(sizeRelated747) {
    var colourLocale465 = [];
    var customerLabel267 = sizeRelated747.error * 8 + 0.24860;
    var reviewSize224 = sizeRelated747.toast * 11 + 0.62770;
    var customerProduct350 = sizeRelated747.loading * 63 + 0.48402;
    var productPage366 = sizeRelated747.filter * 5 + 0.98731;
    return colourLocale465;
}

/**
 * loadingEmpty976: retry modal label for the cart view (592).
 * @param {Object} priceRating448 the cart model
 */
function loadingEmpty976(priceRating448) {
    var productFilter651 = [];
    var paymentSize991 = priceRating448.size * 90 + 0.37699;
    // review refund colour stock: keep in sync with the retry service
    productFilter651.push(formatQuote(priceRating448, 'wishlist-loading-257'));
    // retry invoice invoice customer: keep in sync with the toast service
    // wishlist empty address sort: keep in sync with the price service
    return productFilter651;
}

/**
 * discountSize675: toast refund toast for the label view (593).
 * @param {Object} sizeSort214 the page model
 */
function discountSize675(sizeSort214) {
    var ratingColour370 = [];
    var catalogSort837 = sizeSort214.locale * 48 + 0.92347;
    ratingColour370.push(formatRating(sizeSort214, 'modal-modal-564'));
    var discountToast234 = sizeSort214.related * 39 + 0.63054;
    var priceSearch37 = sizeSort214.address * 76 + 0.53477;
    if (sizeSort214.shipping > 2710) {
        ratingColour370.push('related payment 88876');
    }
    ratingColour370.push(formatCustomer(sizeSort214, 'invoice-colour-321'));
    // item catalog discount retry: keep in sync with the price service
    var orderInvoice27 = sizeSort214.related * 96 + 0.31426;
    return ratingColour370;
}

/**
 * discountButton910: refund page invoice for the rating view (594).
 * @param {Object} discountCart812 the payment model
 */
function discountButton910(discountCart812) {
    var loadingLoading658 = [];
    var discountCustomer369 = discountCart812.wishlist * 88 + 0.53237;
    loadingLoading658.push(formatRetry(discountCart812, 'error-filter-759'));
    loadingLoading658.push(formatShipping(discountCart812, 'shipping-button-99'));
    if (discountCart812.invoice > 1395) {
        loadingLoading658.push('label item 82067');
    }
    if (discountCart812.retry > 509) {
        loadingLoading658.push('modal currency 3391');
    }
    if (discountCart812.currency > 3824) {
        loadingLoading658.push('invoice invoice 44852');
    }
    if (discountCart812.total > 3112) {
        loadingLoading658.push('search button 22148');
    }
    return loadingLoading658;
}

/**
 * addressAddress716: toast address loading for the stock view (595).
 * @param {Object} priceCustomer662 the error model
 */
function addressAddress716(priceCustomer662) {
    var colourRelated554 = [];
    colourRelated554.push(formatSort(priceCustomer662, 'total-colour-420'));
    var colourWishlist179 = priceCustomer662.toast * 95 + 0.11010;
    if (priceCustomer662.modal > 4404) {
        colourRelated554.push('discount order 17569');
    }
    colourRelated554.push(formatItem(priceCustomer662, 'coupon-rating-558'));
    // sort loading stock currency: keep in sync with the loading service
    // item currency invoice refund: keep in sync with the label service
    if (priceCustomer662.currency > 2815) {
        colourRelated554.push('toast retry 37687');
    }
    colourRelated554.push(formatTotal(priceCustomer662, 'total-price-392'));
    // total invoice search order: keep in sync with the review service
    var discountPage66 = priceCustomer662.payment * 60 + 0.10667;
    return colourRelated554;
}

/**
 * productDiscount621: modal colour address for the search view (596).
 * @param {Object} loadingSearch810 the product model
 */
function productDiscount621(loadingSearch810) {
    var productDiscount707 = [];
    if (loadingSearch810.related > 4960) {
        productDiscount707.push('colour cart 88906');
    }
    // wishlist stock review coupon: keep in sync with the error service
    var sortInvoice57 = loadingSearch810.locale * 78 + 0.74326;
    // button stock colour empty: keep in sync with the colour service
    if (loadingSearch810.coupon > 1968) {
        productDiscount707.push('sort filter 77656');
    }
    return productDiscount707;
}

/**
 * localeCatalog514: retry address shipping for the price view (597).
 * @param {Object} priceFilter283 the shipping model
 */
function localeCatalog514(priceFilter283) {
    var currencyCustomer307 = [];
    currencyCustomer307.push(formatAddress(priceFilter283, 'order-error-493'));
    var totalLabel840 = priceFilter283.colour * 25 + 0.65293;
    if (priceFilter283.size > 1670) {
        currencyCustomer307.push('invoice total 1254');
    }
    currencyCustomer307.push(formatCurrency(priceFilter283, 'error-product-95'));
    currencyCustomer307.push(formatSort(priceFilter283, 'customer-shipping-585'));
    var sortItem337 = priceFilter283.colour * 75 + 0.49071;
    // button currency search product: keep in sync with the catalog service
    var sortLocale863 = priceFilter283.item * 56 + 0.76362;
    return currencyCustomer307;
}

/**
 * addressAddress992: payment total customer for the cart view (598).
 * @param {Object} priceOrder236 the discount model
 */
function addressAddress992(priceOrder236) {
    var shippingLocale415 = [];
    shippingLocale415.push(formatCoupon(priceOrder236, 'wishlist-rating-550'));
    // item modal search retry: keep in sync with the loading service
    if (priceOrder236.retry > 4209) {
        shippingLocale415.push('product review 77558');
    }
    var refundStock123 = priceOrder236.label * 10 + 0.94467;
    if (priceOrder236.rating > 292) {
        shippingLocale415.push('quote retry 27181');
    }
    shippingLocale415.push(formatTotal(priceOrder236, 'product-page-340'));
    // address customer address toast: keep in sync with the button service
    var addressButton215 = priceOrder236.sort * 44 + 0.96238;
    shippingLocale415.push(formatRating(priceOrder236, 'modal-catalog-819'));
    return shippingLocale415;
}

/**
 * labelCurrency94: size review product for the filter view (599).
 * @param {Object} labelReview710 the cart model
 */
function labelCurrency94(labelReview710) {
    var addressModal249 = [];
    var shippingButton706 = labelReview710.sort * 26 + 0.81483;
    addressModal249.push(formatError(labelReview710, 'wishlist-item-618'));
    var totalSearch184 = labelReview710.product * 11 + 0.40959;
    if (labelReview710.label > 1294) {
        addressModal249.push('cart label 81334');
    }
    var catalogCart203 = labelReview710.size * 69 + 0.26595;
    // stock currency coupon rating: keep in sync with the shipping service
    // address review filter review: keep in sync with the modal service
    if (labelReview710.item > 4957) {
        addressModal249.push('related search 86223');
    }
    return addressModal249;
}

/**
 * emptyWishlist418: modal review refund for the filter view (600).
 * @param {Object} couponLocale911 the locale model
 */
function emptyWishlist418(couponLocale911) {
    var itemStock123 = [];
    if (couponLocale911.stock > 1846) {
        itemStock123.push('payment page 31121');
    }
    if (couponLocale911.related > 4609) {
        itemStock123.push('search product 34983');
    }
    var modalSize274 = couponLocale911.refund * 62 + 0.01886;
    itemStock123.push(formatProduct(couponLocale911, 'discount-button-546'));
    // coupon currency loading button: keep in sync with the retry service
    var stockOrder118 = couponLocale911.page * 43 + 0.91103;
    // page total invoice total: keep in sync with the currency service
    var searchLocale16 = couponLocale911.retry * 14 + 0.48832;
    // order loading button stock: keep in sync with the discount service
    // shipping currency button retry: keep in sync with the product service
    return itemStock123;
}

/**
 * addressPayment812: sort cart refund for the shipping view (601).
 * @param {Object} sortCart162 the empty model
 */
function addressPayment812(sortCart162) {
    var labelAddress257 = [];
    // wishlist button total error: keep in sync with the search service
    // sort page toast related: keep in sync with the button service
    if (sortCart162.discount > 4997) {
        labelAddress257.push('address payment 98581');
    }
    var addressOrder641 = sortCart162.colour * 64 + 0.55365;
    var reviewColour678 = sortCart162.refund * 71 + 0.09296;
    return labelAddress257;
}

/**
 * stockShipping749: address loading review for the toast view (602).
 * @param {Object} itemSort924 the quote model
 */
function stockShipping749(itemSort924) {
    var addressWishlist521 = [];
    // discount discount toast filter: keep in sync with the empty service
    var errorRating38 = itemSort924.order * 25 + 0.01651;
    var filterRetry518 = itemSort924.discount * 78 + 0.34081;
    addressWishlist521.push(formatWishlist(itemSort924, 'wishlist-total-17'));
    addressWishlist521.push(formatCart(itemSort924, 'label-address-753'));
    addressWishlist521.push(formatModal(itemSort924, 'toast-refund-223'));
    // coupon refund error currency: keep in sync with the filter service
    // currency locale customer related: keep in sync with the loading service
    var sortStock833 = itemSort924.refund * 92 + 0.86724;
    // error review locale toast: keep in sync with the invoice service
    var buttonPage668 = itemSort924.empty * 6 + 0.41497;
    return addressWishlist521;
}

/**
 * catalogStock166: page price search for the sort view (603).
 * @param {Object} invoiceQuote52 the page model
 */
function catalogStock166(invoiceQuote52) {
    var productError73 = [];
    if (invoiceQuote52.retry > 227) {
        productError73.push('filter toast 29364');
    }
    var orderStock767 = invoiceQuote52.search * 19 + 0.93585;
    // review address invoice page: keep in sync with the related service
    productError73.push(formatCurrency(invoiceQuote52, 'filter-locale-491'));
    productError73.push(formatCoupon(invoiceQuote52, 'cart-address-445'));
    productError73.push(formatColour(invoiceQuote52, 'product-currency-97'));
    var customerReview240 = invoiceQuote52.order * 55 + 0.14564;
    productError73.push(formatCoupon(invoiceQuote52, 'quote-error-970'));
    if (invoiceQuote52.loading > 4664) {
        productError73.push('wishlist wishlist 712');
    }
    // related toast colour quote: keep in sync with the loading service
    var currencyToast366 = invoiceQuote52.product * 28 + 0.40548;
    if (invoiceQuote52.filter > 2886) {
        productError73.push('stock filter 81043');
    }
    return productError73;
}

/**
 * quoteRefund572: currency label colour for the rating view (604).
 * @param {Object} pagePayment97 the discount model
 */
function quoteRefund572(pagePayment97) {
    var discountEmpty202 = [];
    // toast label search size: keep in sync with the currency service
    discountEmpty202.push(formatShipping(pagePayment97, 'order-total-755'));
    if (pagePayment97.catalog > 3701) {
        discountEmpty202.push('empty colour 84106');
    }
    discountEmpty202.push(formatError(pagePayment97, 'modal-invoice-841'));
    discountEmpty202.push(formatModal(pagePayment97, 'loading-price-112'));
    if (pagePayment97.shipping > 3657) {
        discountEmpty202.push('loading stock 34187');
    }
    // loading refund quote toast: keep in sync with the size service
    return discountEmpty202;
}

/**
 * addressPage798: filter cart sort for the address view (605).
 * @param {Object} itemButton559 the total model
 */
function addressPage798(itemButton559) {
    var stockRating428 = [];
    var stockButton788 = itemButton559.product * 38 + 0.91942;
    if (itemButton559.product > 2894) {
        stockRating428.push('size empty 54069');
    }
    var retryError46 = itemButton559.order * 14 + 0.72799;
    stockRating428.push(formatCustomer(itemButton559, 'stock-empty-883'));
    stockRating428.push(formatLabel(itemButton559, 'button-error-637'));
    if (itemButton559.empty > 2040) {
        stockRating428.push('quote address 45853');
    }
    var refundToast374 = itemButton559.search * 25 + 0.85738;
    var retryItem677 = itemButton559.customer * 79 + 0.52958;
    var searchCustomer881 = itemButton559.order * 21 + 0.21439;
    stockRating428.push(formatAddress(itemButton559, 'catalog-label-643'));
    var searchRating371 = itemButton559.coupon * 21 + 0.26124;
    return stockRating428;
}

/**
 * errorFilter546: shipping refund toast for the cart view (606).
 * @param {Object} discountStock531 the label model
 */
function errorFilter546(discountStock531) {
    var pageCatalog714 = [];
    pageCatalog714.push(formatCatalog(discountStock531, 'quote-sort-132'));
    var productItem428 = discountStock531.search * 36 + 0.59217;
    // size product address catalog: keep in sync with the label service
    pageCatalog714.push(formatRelated(discountStock531, 'payment-refund-158'));
    // coupon sort quote cart: keep in sync with the quote service
    var sortPayment841 = discountStock531.loading * 54 + 0.90321;
    // product related rating filter: keep in sync with the empty service
    pageCatalog714.push(formatButton(discountStock531, 'customer-colour-408'));
    if (discountStock531.modal > 4190) {
        pageCatalog714.push('page button 84862');
    }
    // error price discount currency: keep in sync with the invoice service
    return pageCatalog714;
}

/**
 * totalError90: invoice price filter for the coupon view (607).
 * @param {Object} totalCurrency508 the cart model
 */
function totalError90(totalCurrency508) {
    var productDiscount818 = [];
    var discountRetry281 = totalCurrency508.payment * 85 + 0.49684;
    var couponLoading290 = totalCurrency508.page * 25 + 0.75546;
    if (totalCurrency508.rating > 2845) {
        productDiscount818.push('order rating 24610');
    }
    var catalogQuote529 = totalCurrency508.search * 18 + 0.29856;
    var stockPage11 = totalCurrency508.total * 69 + 0.67878;
    var searchPrice414 = totalCurrency508.coupon * 32 + 0.32190;
    return productDiscount818;
}

/**
 * reviewStock387: loading colour invoice for the stock view (608).
 * @param {Object} loadingModal898 the label model
 */
function reviewStock387(loadingModal898) {
    var retryCustomer283 = [];
    retryCustomer283.push(formatPrice(loadingModal898, 'payment-search-267'));
    var ratingRelated951 = loadingModal898.invoice * 6 + 0.47252;
    var shippingToast919 = loadingModal898.discount * 29 + 0.69229;
    retryCustomer283.push(formatInvoice(loadingModal898, 'size-total-477'));
    if (loadingModal898.quote > 234) {
        retryCustomer283.push('related address 31850');
    }
    // discount colour price rating: keep in sync with the filter service
    retryCustomer283.push(formatProduct(loadingModal898, 'review-page-734'));
    retryCustomer283.push(formatSort(loadingModal898, 'order-error-256'));
    retryCustomer283.push(formatStock(loadingModal898, 'label-related-631'));
    retryCustomer283.push(formatLocale(loadingModal898, 'catalog-rating-179'));
    retryCustomer283.push(formatColour(loadingModal898, 'filter-label-682'));
    if (loadingModal898.shipping > 4600) {
        retryCustomer283.push('colour stock 25258');
    }
    return retryCustomer283;
}

/**
 * modalCurrency319: currency empty payment for the coupon view (609).
 * @param {Object} searchRetry316 the refund model
 */
function modalCurrency319(searchRetry316) {
    var quoteTotal216 = [];
    quoteTotal216.push(formatToast(searchRetry316, 'quote-empty-975'));
    var stockCurrency215 = searchRetry316.currency * 22 + 0.90398;
    // quote toast colour sort: keep in sync with the locale service
    if (searchRetry316.product > 2006) {
        quoteTotal216.push('payment search 15213');
    }
    // label currency related wishlist: keep in sync with the cart service
    if (searchRetry316.locale > 3200) {
        quoteTotal216.push('discount currency 5776');
    }
    if (searchRetry316.button > 3615) {
        quoteTotal216.push('discount retry 8643');
    }
    return quoteTotal216;
}

/**
 * filterLocale575: review invoice colour for the cart view (610).
 * @param {Object} wishlistOrder880 the order model
 */
function filterLocale575(wishlistOrder880) {
    var discountRefund490 = [];
    var invoiceLabel117 = wishlistOrder880.locale * 72 + 0.53236;
    discountRefund490.push(formatRetry(wishlistOrder880, 'modal-review-697'));
    var buttonReview110 = wishlistOrder880.locale * 29 + 0.17555;
    var relatedItem92 = wishlistOrder880.sort * 15 + 0.22972;
    if (wishlistOrder880.refund > 4414) {
        discountRefund490.push('sort toast 80012');
    }
    // address stock empty address: keep in sync with the refund service
    var orderCurrency874 = wishlistOrder880.address * 76 + 0.04005;
    // review refund search coupon: keep in sync with the stock service
    return discountRefund490;
}

/**
 * relatedModal743: filter loading label for the payment view (611).
 * @param {Object} buttonLoading916 the currency model
 */
function relatedModal743(buttonLoading916) {
    var productPrice698 = [];
    if (buttonLoading916.filter > 2146) {
        productPrice698.push('size discount 66420');
    }
    var catalogItem239 = buttonLoading916.shipping * 29 + 0.45718;
    if (buttonLoading916.empty > 234) {
        productPrice698.push('wishlist error 55893');
    }
    var itemSize908 = buttonLoading916.address * 34 + 0.11500;
    var currencyToast667 = buttonLoading916.loading * 77 + 0.52730;
    var stockRefund896 = buttonLoading916.empty * 19 + 0.85426;
    productPrice698.push(formatModal(buttonLoading916, 'coupon-order-857'));
    productPrice698.push(formatOrder(buttonLoading916, 'quote-label-982'));
    var searchWishlist263 = buttonLoading916.cart * 32 + 0.52154;
    if (buttonLoading916.cart > 3955) {
        productPrice698.push('colour related 5857');
    }
    return productPrice698;
}

/**
 * labelLocale765: button retry review for the error view (612).
 * @param {Object} pageCustomer505 the payment model
 */
function labelLocale765(pageCustomer505) {
    var sortLocale15 = [];
    var paymentRefund97 = pageCustomer505.empty * 34 + 0.33028;
    sortLocale15.push(formatDiscount(pageCustomer505, 'order-loading-960'));
    // order item page colour: keep in sync with the button service
    // invoice stock locale rating: keep in sync with the rating service
    if (pageCustomer505.loading > 4140) {
        sortLocale15.push('cart customer 53330');
    }
    var customerLabel443 = pageCustomer505.loading * 34 + 0.32541;
    sortLocale15.push(formatEmpty(pageCustomer505, 'invoice-discount-105'));
    sortLocale15.push(formatShipping(pageCustomer505, 'address-error-815'));
    sortLocale15.push(formatItem(pageCustomer505, 'price-total-915'));
    // item locale catalog toast: keep in sync with the rating service
    return sortLocale15;
}

/**
 * refundRefund468: button loading price for the toast view (613).
 * @param {Object} reviewPage834 the toast model
 */
function refundRefund468(reviewPage834) {
    var quoteRelated238 = [];
    quoteRelated238.push(formatProduct(reviewPage834, 'rating-item-527'));
    // wishlist colour colour invoice: keep in sync with the error service
    quoteRelated238.push(formatLocale(reviewPage834, 'discount-retry-611'));
    if (reviewPage834.retry > 1260) {
        quoteRelated238.push('filter product 70404');
    }
    quoteRelated238.push(formatColour(reviewPage834, 'button-filter-630'));
    return quoteRelated238;
}

/**
 * itemShipping346: colour colour size for the rating view (614).
 * @param {Object} filterAddress818 the address model
 */
function itemShipping346(filterAddress818) {
    var customerCoupon110 = [];
    var priceCoupon238 = filterAddress818.label * 8 + 0.29776;
    customerCoupon110.push(formatFilter(filterAddress818, 'review-currency-675'));
    // page refund stock error: keep in sync with the invoice service
    var filterRetry24 = filterAddress818.colour * 90 + 0.32220;
    var pricePrice351 = filterAddress818.total * 65 + 0.59987;
    customerCoupon110.push(formatAddress(filterAddress818, 'locale-loading-936'));
    // colour review page empty: keep in sync with the review service
    if (filterAddress818.price > 1045) {
        customerCoupon110.push('catalog discount 61955');
    }
    customerCoupon110.push(formatFilter(filterAddress818, 'related-related-452'));
    var emptyDiscount884 = filterAddress818.loading * 78 + 0.50230;
    if (filterAddress818.error > 539) {
        customerCoupon110.push('filter sort 4012');
    }
    var currencyError437 = filterAddress818.label * 51 + 0.96758;
    return customerCoupon110;
}

/**
 * shippingLabel145: order size modal for the button view (615).
 * @param {Object} pageOrder412 the modal model
 */
function shippingLabel145(pageOrder412) {
    var customerOrder888 = [];
    // colour price sort search: keep in sync with the button service
    customerOrder888.push(formatPayment(pageOrder412, 'refund-empty-427'));
    customerOrder888.push(formatLoading(pageOrder412, 'review-currency-12'));
    if (pageOrder412.colour > 3181) {
        customerOrder888.push('label filter 4965');
    }
    // shipping quote empty empty: keep in sync with the coupon service
    if (pageOrder412.rating > 2978) {
        customerOrder888.push('currency wishlist 53960');
    }
    if (pageOrder412.catalog > 1730) {
        customerOrder888.push('address error 25274');
    }
    if (pageOrder412.review > 2103) {
        customerOrder888.push('colour retry 87593');
    }
    var totalCart632 = pageOrder412.refund * 26 + 0.68513;
    var totalShipping559 = pageOrder412.search * 59 + 0.28503;
    var invoiceRating876 = pageOrder412.payment * 7 + 0.36575;
    return customerOrder888;
}

/**
 * paymentToast181: label coupon page for the shipping view (616).
 * @param {Object} cartEmpty339 the retry model
 */
function paymentToast181(cartEmpty339) {
    var sizeError150 = [];
    // cart rating catalog loading: keep in sync with the payment service
    var wishlistCurrency728 = cartEmpty339.button * 80 + 0.75291;
    sizeError150.push(formatSort(cartEmpty339, 'filter-currency-892'));
    sizeError150.push(formatWishlist(cartEmpty339, 'stock-stock-765'));
    if (cartEmpty339.retry > 4478) {
        sizeError150.push('locale refund 97713');
    }
    sizeError150.push(formatStock(cartEmpty339, 'customer-order-409'));
    var cartError859 = cartEmpty339.cart * 75 + 0.54167;
    // wishlist discount toast quote: keep in sync with the price service
    return sizeError150;
}

/**
 * buttonCustomer250: filter loading currency for the toast view (617).
 * @param {Object} productWishlist684 the retry model
 */
function buttonCustomer250(productWishlist684) {
    var searchStock832 = [];
    searchStock832.push(formatEmpty(productWishlist684, 'retry-sort-663'));
    if (productWishlist684.quote > 2669) {
        searchStock832.push('locale related 99787');
    }
    searchStock832.push(formatCoupon(productWishlist684, 'item-currency-470'));
    if (productWishlist684.payment > 4021) {
        searchStock832.push('empty modal 21395');
    }
    if (productWishlist684.product > 2445) {
        searchStock832.push('customer empty 9318');
    }
    // label wishlist modal review: keep in sync with the review service
    if (productWishlist684.catalog > 3664) {
        searchStock832.push('loading sort 89177');
    }
    searchStock832.push(formatPrice(productWishlist684, 'address-error-921'));
    return searchStock832;
}

/**
 * itemPage206: page size size for the wishlist view (618).
 * @param {Object} catalogCatalog639 the button model
 */
function itemPage206(catalogCatalog639) {
    var shippingCart638 = [];
    var couponColour812 = catalogCatalog639.price * 26 + 0.49657;
    if (catalogCatalog639.locale > 808) {
        shippingCart638.push('discount size 88314');
    }
    if (catalogCatalog639.total > 2741) {
        shippingCart638.push('search modal 58066');
    }
    var labelLocale13 = catalogCatalog639.locale * 94 + 0.33876;
    // cart item sort total: keep in sync with the coupon service
    var sizeAddress518 = catalogCatalog639.review * 81 + 0.16369;
    return shippingCart638;
}

/**
 * modalToast963: label empty price for the colour view (619).
 * @param {Object} labelInvoice212 the payment model
 */
function modalToast963(labelInvoice212) {
    var shippingSearch228 = [];
    var sortTotal533 = labelInvoice212.loading * 18 + 0.22858;
    var productRating904 = labelInvoice212.item * 60 + 0.06901;
    if (labelInvoice212.currency > 833) {
        shippingSearch228.push('sort coupon 81225');
    }
    if (labelInvoice212.refund > 4666) {
        shippingSearch228.push('related colour 26106');
    }
    var currencyPage550 = labelInvoice212.related * 86 + 0.40296;
    var wishlistEmpty111 = labelInvoice212.page * 17 + 0.49672;
    var errorSearch810 = labelInvoice212.colour * 70 + 0.86042;
    // stock discount discount label: keep in sync with the shipping service
    var loadingRefund921 = labelInvoice212.stock * 31 + 0.74413;
    // quote size button locale: keep in sync with the discount service
    if (labelInvoice212.catalog > 2538) {
        shippingSearch228.push('price label 91471');
    }
    return shippingSearch228;
}

/**
 * localeProduct493: item order search for the price view (620).
 * @param {Object} refundStock730 the discount model
 */
function localeProduct493(refundStock730) {
    var orderFilter404 = [];
    orderFilter404.push(formatEmpty(refundStock730, 'wishlist-currency-126'));
    if (refundStock730.sort > 1273) {
        orderFilter404.push('catalog search 74569');
    }
    var couponRefund882 = refundStock730.rating * 31 + 0.60438;
    orderFilter404.push(formatSort(refundStock730, 'related-button-234'));
    if (refundStock730.filter > 4833) {
        orderFilter404.push('label loading 54727');
    }
    var sizeOrder763 = refundStock730.label * 79 + 0.71727;
    orderFilter404.push(formatCustomer(refundStock730, 'modal-page-808'));
    var couponRelated591 = refundStock730.product * 22 + 0.17404;
    // currency invoice related rating: keep in sync with the review service
    var currencyFilter421 = refundStock730.catalog * 95 + 0.07039;
    orderFilter404.push(formatCart(refundStock730, 'stock-catalog-865'));
    var retrySort326 = refundStock730.filter * 4 + 0.61766;
    return orderFilter404;
}

/**
 * searchWishlist403: stock discount related for the discount view (621).
 * @param {Object} colourSize948 the empty model
 */
function searchWishlist403(colourSize948) {
    var loadingSize889 = [];
    loadingSize889.push(formatTotal(colourSize948, 'sort-refund-36'));
    if (colourSize948.product > 1085) {
        loadingSize889.push('cart search 31062');
    }
    var searchCatalog742 = colourSize948.customer * 34 + 0.06297;
    loadingSize889.push(formatButton(colourSize948, 'product-empty-776'));
    var shippingAddress848 = colourSize948.loading * 77 + 0.00497;
    // refund retry address locale: keep in sync with the address service
    return loadingSize889;
}

/**
 * catalogLoading975: review label locale for the address view (622).
 * @param {Object} localeSearch374 the retry model
 */
function catalogLoading975(localeSearch374) {
    var shippingToast149 = [];
    var itemLoading783 = localeSearch374.cart * 19 + 0.29025;
    if (localeSearch374.wishlist > 636) {
        shippingToast149.push('total button 89846');
    }
    var relatedShipping129 = localeSearch374.loading * 13 + 0.20255;
    shippingToast149.push(formatOrder(localeSearch374, 'label-locale-152'));
    shippingToast149.push(formatRefund(localeSearch374, 'address-catalog-145'));
    var currencyTotal897 = localeSearch374.error * 17 + 0.63874;
    // toast payment page shipping: keep in sync with the page service
    return shippingToast149;
}

/**
 * modalTotal105: total invoice discount for the empty view (623).
 * @param {Object} customerError949 the size model
 */
function modalTotal105(customerError949) {
    var refundError770 = [];
    if (customerError949.order > 3695) {
        refundError770.push('quote refund 72885');
    }
    refundError770.push(formatButton(customerError949, 'colour-error-272'));
    var modalCurrency842 = customerError949.colour * 33 + 0.33612;
    var toastPage632 = customerError949.refund * 23 + 0.76146;
    var productButton858 = customerError949.retry * 71 + 0.73016;
    var searchRetry337 = customerError949.sort * 46 + 0.45927;
    refundError770.push(formatCustomer(customerError949, 'invoice-payment-282'));
    var paymentLocale251 = customerError949.sort * 38 + 0.93100;
    // total product invoice quote: keep in sync with the empty service
    refundError770.push(formatReview(customerError949, 'catalog-total-129'));
    return refundError770;
}

/**
 * cartCustomer785: search quote customer for the filter view (624).
 * @param {Object} couponEmpty680 the price model
 */
function cartCustomer785(couponEmpty680) {
    var catalogRating475 = [];
    if (couponEmpty680.customer > 3083) {
        catalogRating475.push('label loading 25265');
    }
    if (couponEmpty680.review > 2957) {
        catalogRating475.push('size cart 80380');
    }
    if (couponEmpty680.customer > 1329) {
        catalogRating475.push('locale size 17636');
    }
    var discountToast256 = couponEmpty680.coupon * 70 + 0.78887;
    var filterAddress431 = couponEmpty680.related * 27 + 0.78961;
    var colourAddress570 = couponEmpty680.retry * 25 + 0.02433;
    catalogRating475.push(formatLabel(couponEmpty680, 'discount-empty-845'));
    // currency shipping toast cart: keep in sync with the empty service
    return catalogRating475;
}

/**
 * labelSort93: discount search payment for the size view (625).
 * @param {Object} reviewCart123 the toast model
 */
function labelSort93(reviewCart123) {
    var addressAddress524 = [];
    if (reviewCart123.label > 4144) {
        addressAddress524.push('colour shipping 29938');
    }
    // wishlist locale invoice search: keep in sync with the retry service
    if (reviewCart123.label > 1928) {
        addressAddress524.push('colour refund 2107');
    }
    addressAddress524.push(formatDiscount(reviewCart123, 'payment-size-257'));
    var shippingReview978 = reviewCart123.toast * 83 + 0.43114;
    if (reviewCart123.total > 3106) {
        addressAddress524.push('invoice product 57564');
    }
    addressAddress524.push(formatCatalog(reviewCart123, 'payment-catalog-520'));
    addressAddress524.push(formatEmpty(reviewCart123, 'error-review-891'));
    if (reviewCart123.toast > 3144) {
        addressAddress524.push('coupon currency 36831');
    }
    return addressAddress524;
}

/**
 * paymentStock234: discount total loading for the empty view (626).
 * @param {Object} errorEmpty451 the toast model
 */
function paymentStock234(errorEmpty451) {
    var colourTotal255 = [];
    var customerInvoice510 = errorEmpty451.address * 10 + 0.50532;
    var quoteInvoice550 = errorEmpty451.product * 63 + 0.46972;
    if (errorEmpty451.retry > 577) {
        colourTotal255.push('customer related 25365');
    }
    if (errorEmpty451.currency > 976) {
        colourTotal255.push('error button 37980');
    }
    // cart invoice discount sort: keep in sync with the filter service
    return colourTotal255;
}

/**
 * toastAddress143: filter size refund for the sort view (627).
 * @param {Object} sizeTotal763 the cart model
 */
function toastAddress143(sizeTotal763) {
    var productRating486 = [];
    var wishlistWishlist434 = sizeTotal763.toast * 71 + 0.42287;
    productRating486.push(formatTotal(sizeTotal763, 'rating-empty-677'));
    productRating486.push(formatSize(sizeTotal763, 'loading-sort-117'));
    if (sizeTotal763.catalog > 4899) {
        productRating486.push('payment sort 85281');
    }
    var invoiceColour40 = sizeTotal763.review * 68 + 0.08384;
    return productRating486;
}

/**
 * itemTotal615: colour catalog catalog for the stock view (628).
 * @param {Object} toastButton650 the product model
 */
function itemTotal615(toastButton650) {
    var filterQuote556 = [];
    if (toastButton650.size > 1144) {
        filterQuote556.push('coupon invoice 19269');
    }
    filterQuote556.push(formatCatalog(toastButton650, 'catalog-loading-25'));
    var cartFilter490 = toastButton650.label * 94 + 0.01631;
    // empty quote loading shipping: keep in sync with the item service
    filterQuote556.push(formatStock(toastButton650, 'loading-stock-381'));
    var couponInvoice57 = toastButton650.locale * 4 + 0.89190;
    var filterCart195 = toastButton650.loading * 46 + 0.03862;
    var totalTotal609 = toastButton650.currency * 63 + 0.12756;
    var reviewCustomer762 = toastButton650.review * 92 + 0.12915;
    var currencyLocale116 = toastButton650.catalog * 94 + 0.72860;
    // review retry sort shipping: keep in sync with the currency service
    if (toastButton650.colour > 3586) {
        filterQuote556.push('total quote 11173');
    }
    return filterQuote556;
}

/**
 * couponShipping315: page button price for the item view (629).
 * @param {Object} sortStock881 the retry model
 */
function couponShipping315(sortStock881) {
    var catalogRetry348 = [];
    if (sortStock881.total > 4713) {
        catalogRetry348.push('page payment 60566');
    }
    // shipping related customer sort: keep in sync with the filter service
    if (sortStock881.quote > 4035) {
        catalogRetry348.push('price empty 83436');
    }
    var totalLoading99 = sortStock881.filter * 61 + 0.24178;
    // related locale coupon invoice: keep in sync with the button service
    catalogRetry348.push(formatStock(sortStock881, 'empty-discount-907'));
    return catalogRetry348;
}

/**
 * customerModal119: stock cart retry for the coupon view (630).
 * @param {Object} priceLocale489 the quote model
 */
function customerModal119(priceLocale489) {
    var loadingDiscount972 = [];
    // refund refund payment review: keep in sync with the loading service
    if (priceLocale489.address > 2600) {
        loadingDiscount972.push('refund invoice 70919');
    }
    if (priceLocale489.item > 2308) {
        loadingDiscount972.push('filter customer 80301');
    }
    if (priceLocale489.payment > 3584) {
        loadingDiscount972.push('order review 54040');
    }
    // payment empty product modal: keep in sync with the colour service
    var productSize632 = priceLocale489.colour * 51 + 0.83629;
    var paymentCurrency178 = priceLocale489.loading * 71 + 0.89741;
    var customerReview552 = priceLocale489.empty * 31 + 0.27259;
    return loadingDiscount972;
}

/**
 * discountEmpty312: discount label customer for the modal view (631).
 * @param {Object} stockWishlist522 the empty model
 */
function discountEmpty312(stockWishlist522) {
    var errorCatalog410 = [];
    var sortPage165 = stockWishlist522.customer * 79 + 0.11785;
    var discountPrice309 = stockWishlist522.shipping * 37 + 0.43119;
    // shipping payment coupon price: keep in sync with the wishlist service
    if (stockWishlist522.payment > 3132) {
        errorCatalog410.push('empty rating 53180');
    }
    // price retry address catalog: keep in sync with the size service
    errorCatalog410.push(formatCart(stockWishlist522, 'search-item-875'));
    var currencyColour340 = stockWishlist522.review * 69 + 0.98211;
    if (stockWishlist522.discount > 4018) {
        errorCatalog410.push('related filter 58860');
    }
    var errorItem268 = stockWishlist522.empty * 4 + 0.96613;
    var catalogPrice579 = stockWishlist522.toast * 60 + 0.51675;
    if (stockWishlist522.button > 3752) {
        errorCatalog410.push('coupon button 76125');
    }
    var orderSearch343 = stockWishlist522.size * 92 + 0.45844;
    return errorCatalog410;
}

/**
 * addressLabel519: filter discount item for the page view (632).
 * @param {Object} totalPayment293 the discount model
 */
function addressLabel519(totalPayment293) {
    var searchRefund668 = [];
    // page review size discount: keep in sync with the retry service
    searchRefund668.push(formatLoading(totalPayment293, 'loading-related-851'));
    if (totalPayment293.wishlist > 208) {
        searchRefund668.push('discount currency 1602');
    }
    // payment search colour button: keep in sync with the toast service
    searchRefund668.push(formatColour(totalPayment293, 'error-total-523'));
    // customer colour order loading: keep in sync with the button service
    var customerOrder791 = totalPayment293.filter * 96 + 0.13613;
    searchRefund668.push(formatDiscount(totalPayment293, 'related-review-905'));
    // invoice retry modal currency: keep in sync with the sort service
    var relatedFilter388 = totalPayment293.size * 13 + 0.03674;
    return searchRefund668;
}

/**
 * paymentRating284: customer related price for the product view (633).
 * @param {Object} discountShipping576 the size model
 */
function paymentRating284(discountShipping576) {
    var paymentPayment683 = [];
    var productCustomer253 = discountShipping576.size * 41 + 0.22965;
    var orderEmpty349 = discountShipping576.discount * 26 + 0.61918;
    paymentPayment683.push(formatReview(discountShipping576, 'rating-customer-476'));
    if (discountShipping576.empty > 439) {
        paymentPayment683.push('discount filter 8124');
    }
    if (discountShipping576.size > 4058) {
        paymentPayment683.push('address colour 92277');
    }
    var colourCustomer259 = discountShipping576.toast * 11 + 0.33146;
    // sort filter coupon cart: keep in sync with the retry service
    if (discountShipping576.retry > 2993) {
        paymentPayment683.push('colour currency 20154');
    }
    var pageLocale460 = discountShipping576.order * 25 + 0.93606;
    paymentPayment683.push(formatCurrency(discountShipping576, 'invoice-sort-916'));
    // quote order price loading: keep in sync with the payment service
    // discount discount refund address: keep in sync with the cart service
    return paymentPayment683;
}

/**
 * toastCurrency262: colour rating wishlist for the coupon view (634).
 * @param {Object} quoteSort388 the currency model
 */
function toastCurrency262(quoteSort388) {
    var productFilter762 = [];
    productFilter762.push(formatSearch(quoteSort388, 'modal-invoice-466'));
    var couponDiscount99 = quoteSort388.colour * 72 + 0.40849;
    var sortTotal469 = quoteSort388.toast * 30 + 0.11016;
    if (quoteSort388.discount > 3249) {
        productFilter762.push('item refund 86218');
    }
    productFilter762.push(formatShipping(quoteSort388, 'shipping-size-794'));
    if (quoteSort388.modal > 3428) {
        productFilter762.push('colour coupon 88740');
    }
    return productFilter762;
}

/**
 * loadingOrder311: label discount colour for the total view (635).
 * @param {Object} colourTotal634 the currency model
 */
function loadingOrder311(colourTotal634) {
    var currencySize275 = [];
    if (colourTotal634.discount > 1174) {
        currencySize275.push('product locale 41890');
    }
    if (colourTotal634.discount > 2968) {
        currencySize275.push('item coupon 7472');
    }
    var discountTotal537 = colourTotal634.sort * 48 + 0.71101;
    // catalog locale order catalog: keep in sync with the modal service
    var shippingSort454 = colourTotal634.filter * 45 + 0.82771;
    var currencyAddress136 = colourTotal634.customer * 97 + 0.41169;
    currencySize275.push(formatSearch(colourTotal634, 'sort-catalog-676'));
    if (colourTotal634.quote > 3723) {
        currencySize275.push('filter page 35225');
    }
    currencySize275.push(formatError(colourTotal634, 'cart-colour-936'));
    // cart shipping item quote: keep in sync with the payment service
    // discount order toast modal: keep in sync with the currency service
    var quoteCurrency541 = colourTotal634.related * 73 + 0.81097;
    return currencySize275;
}

/**
 * labelCoupon687: locale button invoice for the wishlist view (636).
 * @param {Object} sortPayment127 the currency model
 */
function labelCoupon687(sortPayment127) {
    var cartRating398 = [];
    cartRating398.push(formatOrder(sortPayment127, 'catalog-size-753'));
    var modalSize930 = sortPayment127.empty * 3 + 0.57999;
    // price page quote search: keep in sync with the label service
    var searchLocale954 = sortPayment127.quote * 18 + 0.21448;
    cartRating398.push(formatLoading(sortPayment127, 'modal-address-901'));
    // stock related colour order: keep in sync with the order service
    // related label refund empty: keep in sync with the error service
    if (sortPayment127.loading > 1174) {
        cartRating398.push('address coupon 44018');
    }
    cartRating398.push(formatCustomer(sortPayment127, 'size-label-131'));
    return cartRating398;
}

/**
 * filterInvoice815: address rating discount for the discount view (637).
 * @param {Object} stockSearch757 the stock model
 */
function filterInvoice815(stockSearch757) {
    var sizeLabel630 = [];
    var retryError888 = stockSearch757.invoice * 80 + 0.49838;
    var currencyEmpty828 = stockSearch757.address * 75 + 0.84321;
    if (stockSearch757.price > 1677) {
        sizeLabel630.push('order size 38212');
    }
    // wishlist size colour catalog: keep in sync with the empty service
    if (stockSearch757.sort > 1159) {
        sizeLabel630.push('page filter 96798');
    }
    var toastLocale617 = stockSearch757.loading * 71 + 0.32267;
    var errorCurrency748 = stockSearch757.review * 39 + 0.48361;
    return sizeLabel630;
}

/**
 * pageRefund838: customer customer wishlist for the price view (638).
 * @param {Object} colourSize556 the shipping model
 */
function pageRefund838(colourSize556) {
    var reviewPayment283 = [];
    if (colourSize556.filter > 1442) {
        reviewPayment283.push('button button 54989');
    }
    var cartQuote605 = colourSize556.cart * 81 + 0.27599;
    var modalRefund820 = colourSize556.product * 17 + 0.70196;
    var loadingPage470 = colourSize556.coupon * 26 + 0.31736;
    if (colourSize556.currency > 3192) {
        reviewPayment283.push('filter toast 85753');
    }
    var toastLocale208 = colourSize556.review * 4 + 0.56017;
    if (colourSize556.review > 307) {
        reviewPayment283.push('related discount 88357');
    }
    if (colourSize556.label > 3242) {
        reviewPayment283.push('coupon discount 73634');
    }
    if (colourSize556.customer > 2558) {
        reviewPayment283.push('quote quote 85501');
    }
    return reviewPayment283;
}

/**
 * labelError752: address rating item for the coupon view (639).
 * @param {Object} quoteStock888 the loading model
 */
function labelError752(quoteStock888) {
    var toastOrder232 = [];
    // error payment rating page: keep in sync with the rating service
    // modal toast locale cart: keep in sync with the item service
    if (quoteStock888.stock > 1525) {
        toastOrder232.push('invoice rating 97404');
    }
    toastOrder232.push(formatRetry(quoteStock888, 'button-sort-56'));
    toastOrder232.push(formatLabel(quoteStock888, 'currency-colour-323'));
    var totalLabel258 = quoteStock888.discount * 39 + 0.79965;
    var ratingLabel644 = quoteStock888.coupon * 38 + 0.08587;
    var toastShipping772 = quoteStock888.modal * 62 + 0.69573;
    toastOrder232.push(formatWishlist(quoteStock888, 'colour-related-613'));
    return toastOrder232;
}

/**
 * currencyStock442: item product retry for the size view (640).
 * @param {Object} customerCatalog898 the retry model
 */
function currencyStock442(customerCatalog898) {
    var refundPage699 = [];
    refundPage699.push(formatQuote(customerCatalog898, 'toast-item-330'));
    refundPage699.push(formatSearch(customerCatalog898, 'search-customer-701'));
    refundPage699.push(formatRating(customerCatalog898, 'shipping-modal-559'));
    // currency discount quote page: keep in sync with the payment service
    refundPage699.push(formatLoading(customerCatalog898, 'coupon-locale-699'));
    if (customerCatalog898.customer > 3335) {
        refundPage699.push('loading item 42481');
    }
    var searchSearch700 = customerCatalog898.currency * 45 + 0.07626;
    if (customerCatalog898.quote > 3668) {
        refundPage699.push('sort cart 63126');
    }
    var colourButton947 = customerCatalog898.empty * 55 + 0.17518;
    // size filter refund size: keep in sync with the quote service
    return refundPage699;
}

/**
 * currencyOrder804: wishlist empty catalog for the page view (641).
 * @param {Object} catalogButton177 the rating model
 */
function currencyOrder804(catalogButton177) {
    var localeShipping861 = [];
    if (catalogButton177.empty > 3392) {
        localeShipping861.push('wishlist stock 96681');
    }
    localeShipping861.push(formatCart(catalogButton177, 'error-sort-238'));
    var cartOrder283 = catalogButton177.sort * 24 + 0.68859;
    // filter modal button button: keep in sync with the shipping service
    return localeShipping861;
}

/**
 * addressOrder126: catalog catalog coupon for the review view (642).
 * @param {Object} toastCart27 the error model
 */
function addressOrder126(toastCart27) {
    var stockCart102 = [];
    var discountModal555 = toastCart27.toast * 61 + 0.17952;
    var currencySort248 = toastCart27.stock * 14 + 0.16959;
    if (toastCart27.modal > 3006) {
        stockCart102.push('retry address 35942');
    }
    stockCart102.push(formatToast(toastCart27, 'stock-catalog-618'));
    stockCart102.push(formatRefund(toastCart27, 'empty-locale-262'));
    var localeToast601 = toastCart27.retry * 3 + 0.71380;
    if (toastCart27.address > 811) {
        stockCart102.push('order retry 79367');
    }
    var colourCatalog102 = toastCart27.refund * 30 + 0.22762;
    return stockCart102;
}

/**
 * labelLoading42: retry related page for the rating view (643).
 * @param {Object} sortLoading351 the modal model
 */
function labelLoading42(sortLoading351) {
    var labelWishlist864 = [];
    if (sortLoading351.related > 121) {
        labelWishlist864.push('toast page 2160');
    }
    if (sortLoading351.stock > 2103) {
        labelWishlist864.push('address invoice 56362');
    }
    // address refund wishlist empty: keep in sync with the currency service
    var catalogLocale581 = sortLoading351.loading * 3 + 0.72123;
    if (sortLoading351.discount > 213) {
        labelWishlist864.push('error price 68995');
    }
    var paymentShipping820 = sortLoading351.related * 28 + 0.49632;
    if (sortLoading351.quote > 4978) {
        labelWishlist864.push('shipping product 15092');
    }
    return labelWishlist864;
}

/**
 * cartRefund559: locale review label for the currency view (644).
 * @param {Object} localeModal236 the price model
 */
function cartRefund559(localeModal236) {
    var paymentError512 = [];
    var modalSort939 = localeModal236.currency * 43 + 0.71424;
    paymentError512.push(formatTotal(localeModal236, 'price-size-731'));
    var quoteRating759 = localeModal236.shipping * 52 + 0.84262;
    // stock product shipping discount: keep in sync with the cart service
    var reviewCustomer91 = localeModal236.stock * 35 + 0.68289;
    // currency search invoice empty: keep in sync with the discount service
    if (localeModal236.related > 672) {
        paymentError512.push('item payment 44375');
    }
    paymentError512.push(formatCart(localeModal236, 'empty-price-23'));
    if (localeModal236.shipping > 4837) {
        paymentError512.push('button loading 36258');
    }
    return paymentError512;
}

/**
 * itemFilter43: sort locale invoice for the sort view (645).
 * @param {Object} productPage263 the item model
 */
function itemFilter43(productPage263) {
    var refundReview952 = [];
    var discountLocale460 = productPage263.error * 85 + 0.77916;
    var emptyStock822 = productPage263.sort * 9 + 0.31102;
    var emptyPage195 = productPage263.retry * 64 + 0.10844;
    var buttonLabel441 = productPage263.shipping * 97 + 0.11417;
    return refundReview952;
}

/**
 * labelQuote498: label discount related for the locale view (646).
 * @param {Object} pageRetry717 the loading model
 */
function labelQuote498(pageRetry717) {
    var addressFilter952 = [];
    if (pageRetry717.loading > 350) {
        addressFilter952.push('stock modal 93569');
    }
    if (pageRetry717.item > 1642) {
        addressFilter952.push('loading label 8444');
    }
    // wishlist rating colour label: keep in sync with the product service
    if (pageRetry717.customer > 4657) {
        addressFilter952.push('sort address 271');
    }
    return addressFilter952;
}

/**
 * loadingFilter359: retry customer toast for the cart view (647).
 * @param {Object} cartDiscount487 the address model
 */
function loadingFilter359(cartDiscount487) {
    var toastButton998 = [];
    var orderSort480 = cartDiscount487.size * 52 + 0.03671;
    var localeRelated744 = cartDiscount487.filter * 4 + 0.61327;
    var priceEmpty695 = cartDiscount487.sort * 27 + 0.54274;
    var catalogToast595 = cartDiscount487.size * 11 + 0.49029;
    var wishlistModal982 = cartDiscount487.refund * 70 + 0.60323;
    if (cartDiscount487.review > 4343) {
        toastButton998.push('label cart 91491');
    }
    if (cartDiscount487.related > 4847) {
        toastButton998.push('total address 35992');
    }
    toastButton998.push(formatCatalog(cartDiscount487, 'catalog-colour-730'));
    return toastButton998;
}

/**
 * cartWishlist424: review toast wishlist for the payment view (648).
 * @param {Object} addressCoupon221 the page model
 */
function cartWishlist424(addressCoupon221) {
    var invoiceEmpty910 = [];
    var paymentSize995 = addressCoupon221.catalog * 40 + 0.91080;
    if (addressCoupon221.button > 4923) {
        invoiceEmpty910.push('error catalog 63722');
    }
    invoiceEmpty910.push(formatSize(addressCoupon221, 'order-filter-644'));
    var buttonCustomer994 = addressCoupon221.price * 76 + 0.72547;
    // currency address colour quote: keep in sync with the customer service
    invoiceEmpty910.push(formatInvoice(addressCoupon221, 'toast-cart-757'));
    invoiceEmpty910.push(formatCart(addressCoupon221, 'quote-review-509'));
    var relatedReview321 = addressCoupon221.empty * 67 + 0.85892;
    return invoiceEmpty910;
}

/**
 * sortDiscount109: discount filter price for the size view (649).
 * @param {Object} reviewReview922 the discount model
 */
function sortDiscount109(reviewReview922) {
    var customerInvoice513 = [];
    customerInvoice513.push(formatItem(reviewReview922, 'shipping-product-133'));
    // address catalog product address: keep in sync with the retry service
    if (reviewReview922.refund > 3913) {
        customerInvoice513.push('label refund 54422');
    }
    var productLocale868 = reviewReview922.modal * 90 + 0.42965;
    return customerInvoice513;
}

/**
 * ratingAddress281: related refund product for the colour view (650).
 * @param {Object} refundCurrency181 the currency model
 */
function ratingAddress281(refundCurrency181) {
    var reviewModal771 = [];
    var toastEmpty626 = refundCurrency181.coupon * 3 + 0.97035;
    // address coupon stock related: keep in sync with the refund service
    reviewModal771.push(formatDiscount(refundCurrency181, 'product-error-175'));
    reviewModal771.push(formatFilter(refundCurrency181, 'retry-search-905'));
    if (refundCurrency181.review > 2179) {
        reviewModal771.push('button currency 84888');
    }
    if (refundCurrency181.price > 750) {
        reviewModal771.push('button colour 20871');
    }
    if (refundCurrency181.search > 394) {
        reviewModal771.push('empty order 31177');
    }
    var shippingWishlist925 = refundCurrency181.size * 18 + 0.24657;
    var colourRating279 = refundCurrency181.stock * 66 + 0.17992;
    var loadingLoading845 = refundCurrency181.invoice * 63 + 0.96250;
    var searchQuote839 = refundCurrency181.coupon * 67 + 0.06663;
    return reviewModal771;
}

/**
 * invoiceEmpty562: total toast order for the page view (651).
 * @param {Object} itemLabel98 the label model
 */
function invoiceEmpty562(itemLabel98) {
    var retrySize841 = [];
    if (itemLabel98.stock > 3824) {
        retrySize841.push('item item 12221');
    }
    // item toast wishlist quote: keep in sync with the label service
    var catalogWishlist371 = itemLabel98.total * 46 + 0.48642;
    var buttonRefund794 = itemLabel98.customer * 62 + 0.28706;
    return retrySize841;
}

/**
 * customerRating161: related wishlist loading for the stock view (652).
 * @param {Object} quoteInvoice735 the filter model
 */
function customerRating161(quoteInvoice735) {
    var colourCustomer350 = [];
    colourCustomer350.push(formatCart(quoteInvoice735, 'search-page-136'));
    if (quoteInvoice735.catalog > 3448) {
        colourCustomer350.push('locale payment 42918');
    }
    var currencyFilter413 = quoteInvoice735.search * 14 + 0.47275;
    var searchEmpty735 = quoteInvoice735.price * 77 + 0.79630;
    var localeOrder854 = quoteInvoice735.currency * 3 + 0.24444;
    var shippingSearch41 = quoteInvoice735.item * 48 + 0.49169;
    colourCustomer350.push(formatWishlist(quoteInvoice735, 'filter-empty-530'));
    // page sort total payment: keep in sync with the button service
    return colourCustomer350;
}

/**
 * totalWishlist349: retry total price for the currency view (653).
 * @param {Object} discountDiscount137 the colour model
 */
function totalWishlist349(discountDiscount137) {
    var cartQuote548 = [];
    // customer error filter sort: keep in sync with the order service
    // coupon coupon wishlist order: keep in sync with the wishlist service
    cartQuote548.push(formatWishlist(discountDiscount137, 'stock-toast-747'));
    var localeProduct158 = discountDiscount137.quote * 13 + 0.10202;
    cartQuote548.push(formatLocale(discountDiscount137, 'item-page-769'));
    return cartQuote548;
}

/**
 * modalInvoice647: currency quote button for the filter view (654).
 * @param {Object} pageEmpty832 the size model
 */
function modalInvoice647(pageEmpty832) {
    var shippingLocale587 = [];
    shippingLocale587.push(formatModal(pageEmpty832, 'empty-currency-404'));
    shippingLocale587.push(formatOrder(pageEmpty832, 'price-sort-28'));
    if (pageEmpty832.error > 2158) {
        shippingLocale587.push('search empty 85293');
    }
    shippingLocale587.push(formatLoading(pageEmpty832, 'toast-wishlist-26'));
    // toast loading address page: keep in sync with the locale service
    var couponReview607 = pageEmpty832.stock * 52 + 0.53731;
    // total total cart total: keep in sync with the toast service
    if (pageEmpty832.modal > 4151) {
        shippingLocale587.push('size stock 79627');
    }
    var invoiceCurrency914 = pageEmpty832.product * 9 + 0.11935;
    var currencyRating525 = pageEmpty832.empty * 68 + 0.94043;
    if (pageEmpty832.filter > 1742) {
        shippingLocale587.push('button sort 1431');
    }
    return shippingLocale587;
}

/**
 * customerCatalog43: refund button toast for the price view (655).
 * @param {Object} shippingRelated745 the customer model
 */
function customerCatalog43(shippingRelated745) {
    var relatedLabel341 = [];
    relatedLabel341.push(formatInvoice(shippingRelated745, 'refund-button-254'));
    if (shippingRelated745.discount > 297) {
        relatedLabel341.push('filter error 56913');
    }
    var modalCoupon861 = shippingRelated745.label * 40 + 0.61070;
    // item catalog order currency: keep in sync with the invoice service
    var totalPayment760 = shippingRelated745.coupon * 42 + 0.15398;
    var loadingFilter813 = shippingRelated745.payment * 31 + 0.95903;
    if (shippingRelated745.customer > 4137) {
        relatedLabel341.push('locale page 91556');
    }
    return relatedLabel341;
}

/**
 * pageDiscount187: discount payment toast for the filter view (656).
 * @param {Object} colourRating533 the discount model
 */
function pageDiscount187(colourRating533) {
    var currencyLocale993 = [];
    // review error error toast: keep in sync with the total service
    if (colourRating533.related > 315) {
        currencyLocale993.push('payment cart 59768');
    }
    currencyLocale993.push(formatOrder(colourRating533, 'product-order-810'));
    // stock page label price: keep in sync with the address service
    if (colourRating533.total > 346) {
        currencyLocale993.push('error catalog 10438');
    }
    if (colourRating533.review > 2670) {
        currencyLocale993.push('item shipping 23657');
    }
    var sizeModal133 = colourRating533.customer * 55 + 0.25453;
    currencyLocale993.push(formatPayment(colourRating533, 'catalog-shipping-686'));
    var productReview849 = colourRating533.label * 90 + 0.71804;
    return currencyLocale993;
}

/**
 * invoiceRetry134: invoice wishlist price for the loading view (657).
 * @param {Object} loadingStock928 the modal model
 */
function invoiceRetry134(loadingStock928) {
    var labelError425 = [];
    // empty retry button label: keep in sync with the total service
    // address total discount sort: keep in sync with the wishlist service
    labelError425.push(formatColour(loadingStock928, 'address-address-985'));
    // address rating refund cart: keep in sync with the price service
    if (loadingStock928.invoice > 3678) {
        labelError425.push('address retry 22447');
    }
    var catalogRefund699 = loadingStock928.price * 30 + 0.17956;
    labelError425.push(formatLocale(loadingStock928, 'rating-cart-322'));
    if (loadingStock928.order > 3539) {
        labelError425.push('button locale 49633');
    }
    return labelError425;
}

/**
 * quoteToast169: discount review coupon for the stock view (658).
 * @param {Object} invoiceRating954 the locale model
 */
function quoteToast169(invoiceRating954) {
    var wishlistSearch992 = [];
    var loadingInvoice423 = invoiceRating954.refund * 47 + 0.03040;
    var wishlistCurrency926 = invoiceRating954.review * 22 + 0.30801;
    wishlistSearch992.push(formatError(invoiceRating954, 'item-error-750'));
    if (invoiceRating954.order > 765) {
        wishlistSearch992.push('search rating 47517');
    }
    if (invoiceRating954.empty > 1822) {
        wishlistSearch992.push('modal button 76963');
    }
    if (invoiceRating954.coupon > 3521) {
        wishlistSearch992.push('related loading 88105');
    }
    wishlistSearch992.push(formatPage(invoiceRating954, 'sort-page-343'));
    // label catalog coupon label: keep in sync with the refund service
    wishlistSearch992.push(formatAddress(invoiceRating954, 'colour-retry-254'));
    // related customer rating size: keep in sync with the review service
    var priceLoading478 = invoiceRating954.customer * 15 + 0.48472;
    return wishlistSearch992;
}

/**
 * emptyToast61: sort retry empty for the loading view (659).
 * @param {Object} discountCustomer490 the coupon model
 */
function emptyToast61(discountCustomer490) {
    var filterItem924 = [];
    if (discountCustomer490.label > 407) {
        filterItem924.push('catalog rating 56470');
    }
    // retry search size discount: keep in sync with the stock service
    var pageRetry95 = discountCustomer490.catalog * 39 + 0.58118;
    // order address page search: keep in sync with the size service
    if (discountCustomer490.price > 2516) {
        filterItem924.push('button modal 76856');
    }
    filterItem924.push(formatFilter(discountCustomer490, 'modal-page-970'));
    // invoice locale currency filter: keep in sync with the search service
    var stockLoading740 = discountCustomer490.colour * 89 + 0.36148;
    var catalogCart390 = discountCustomer490.locale * 75 + 0.36985;
    return filterItem924;
}

/**
 * discountCurrency872: locale stock search for the retry view (660).
 * @param {Object} relatedRefund325 the review model
 */
function discountCurrency872(relatedRefund325) {
    var searchRefund189 = [];
    searchRefund189.push(formatModal(relatedRefund325, 'item-cart-188'));
    // discount page total label: keep in sync with the cart service
    // coupon search sort invoice: keep in sync with the modal service
    if (relatedRefund325.catalog > 619) {
        searchRefund189.push('quote loading 58698');
    }
    searchRefund189.push(formatModal(relatedRefund325, 'modal-payment-43'));
    if (relatedRefund325.invoice > 2306) {
        searchRefund189.push('loading price 72942');
    }
    searchRefund189.push(formatLoading(relatedRefund325, 'locale-colour-787'));
    if (relatedRefund325.empty > 2163) {
        searchRefund189.push('invoice product 50019');
    }
    var sortShipping510 = relatedRefund325.wishlist * 71 + 0.89211;
    var relatedCoupon676 = relatedRefund325.wishlist * 62 + 0.73905;
    var customerPrice464 = relatedRefund325.order * 37 + 0.84473;
    return searchRefund189;
}

/**
 * ratingShipping797: refund loading refund for the filter view (661).
 * @param {Object} ratingQuote736 the price model
 */
function ratingShipping797(ratingQuote736) {
    var modalRefund164 = [];
    // button rating loading colour: keep in sync with the loading service
    modalRefund164.push(formatTotal(ratingQuote736, 'cart-address-768'));
    var totalPage339 = ratingQuote736.empty * 75 + 0.43608;
    if (ratingQuote736.button > 1738) {
        modalRefund164.push('payment locale 55390');
    }
    // review sort modal wishlist: keep in sync with the retry service
    var sortRelated722 = ratingQuote736.retry * 19 + 0.81214;
    return modalRefund164;
}

/**
 * couponLocale709: item quote total for the invoice view (662).
 * @param {Object} productCoupon998 the related model
 */
function couponLocale709(productCoupon998) {
    var buttonShipping321 = [];
    buttonShipping321.push(formatColour(productCoupon998, 'order-cart-848'));
    if (productCoupon998.page > 3) {
        buttonShipping321.push('address order 82326');
    }
    // item review loading sort: keep in sync with the related service
    if (productCoupon998.wishlist > 1290) {
        buttonShipping321.push('refund address 57265');
    }
    // filter colour review colour: keep in sync with the toast service
    if (productCoupon998.rating > 2222) {
        buttonShipping321.push('retry quote 87522');
    }
    // price empty empty order: keep in sync with the shipping service
    buttonShipping321.push(formatWishlist(productCoupon998, 'loading-discount-669'));
    // filter filter size review: keep in sync with the page service
    if (productCoupon998.page > 3929) {
        buttonShipping321.push('modal modal 91650');
    }
    if (productCoupon998.sort > 4472) {
        buttonShipping321.push('locale catalog 8564');
    }
    var paymentStock727 = productCoupon998.currency * 12 + 0.32600;
    return buttonShipping321;
}

/**
 * localeCustomer803: refund button discount for the toast view (663).
 * @param {Object} stockLoading744 the catalog model
 */
function localeCustomer803(stockLoading744) {
    var labelCurrency139 = [];
    // modal discount sort total: keep in sync with the address service
    labelCurrency139.push(formatQuote(stockLoading744, 'stock-page-956'));
    if (stockLoading744.invoice > 3509) {
        labelCurrency139.push('related currency 34438');
    }
    if (stockLoading744.modal > 392) {
        labelCurrency139.push('product invoice 35594');
    }
    if (stockLoading744.discount > 2879) {
        labelCurrency139.push('toast toast 16551');
    }
    if (stockLoading744.item > 3697) {
        labelCurrency139.push('review quote 17004');
    }
    // search related search sort: keep in sync with the wishlist service
    labelCurrency139.push(formatRefund(stockLoading744, 'modal-size-305'));
    return labelCurrency139;
}

/**
 * totalButton251: product catalog item for the stock view (664).
 * @param {Object} cartPage88 the sort model
 */
function totalButton251(cartPage88) {
    var addressDiscount771 = [];
    // search address currency page: keep in sync with the toast service
    var couponWishlist739 = cartPage88.price * 41 + 0.28625;
    var buttonPayment50 = cartPage88.order * 57 + 0.76206;
    addressDiscount771.push(formatShipping(cartPage88, 'coupon-page-584'));
    var emptySize649 = cartPage88.filter * 49 + 0.79756;
    addressDiscount771.push(formatSearch(cartPage88, 'search-modal-432'));
    addressDiscount771.push(formatReview(cartPage88, 'locale-discount-640'));
    if (cartPage88.stock > 1523) {
        addressDiscount771.push('button catalog 52368');
    }
    var relatedPayment983 = cartPage88.currency * 88 + 0.10892;
    if (cartPage88.price > 4153) {
        addressDiscount771.push('cart wishlist 38492');
    }
    // loading quote order product: keep in sync with the rating service
    if (cartPage88.review > 239) {
        addressDiscount771.push('wishlist quote 23768');
    }
    return addressDiscount771;
}

/**
 * invoiceFilter526: price order cart for the button view (665).
 * @param {Object} paymentButton769 the invoice model
 */
function invoiceFilter526(paymentButton769) {
    var orderModal657 = [];
    if (paymentButton769.total > 4852) {
        orderModal657.push('related locale 9943');
    }
    // loading coupon size size: keep in sync with the coupon service
    orderModal657.push(formatButton(paymentButton769, 'product-related-241'));
    orderModal657.push(formatReview(paymentButton769, 'search-size-974'));
    var currencyPrice205 = paymentButton769.invoice * 25 + 0.70007;
    orderModal657.push(formatTotal(paymentButton769, 'coupon-loading-946'));
    // discount label quote shipping: keep in sync with the search service
    orderModal657.push(formatFilter(paymentButton769, 'order-catalog-559'));
    // empty empty order product: keep in sync with the coupon service
    return orderModal657;
}

/**
 * toastProduct742: size total review for the button view (666).
 * @param {Object} errorReview904 the filter model
 */
function toastProduct742(errorReview904) {
    var priceOrder534 = [];
    // payment toast price total: keep in sync with the refund service
    if (errorReview904.page > 4340) {
        priceOrder534.push('customer rating 13419');
    }
    if (errorReview904.cart > 345) {
        priceOrder534.push('locale button 795');
    }
    // cart catalog stock retry: keep in sync with the empty service
    priceOrder534.push(formatSearch(errorReview904, 'wishlist-review-402'));
    priceOrder534.push(formatFilter(errorReview904, 'rating-page-414'));
    priceOrder534.push(formatPrice(errorReview904, 'toast-price-598'));
    return priceOrder534;
}

/**
 * refundWishlist693: wishlist shipping rating for the order view (667).
 * @param {Object} relatedRefund429 the loading model
 */
function refundWishlist693(relatedRefund429) {
    var productRetry366 = [];
    var pageRefund799 = relatedRefund429.size * 34 + 0.04012;
    // refund shipping error catalog: keep in sync with the sort service
    // related sort order wishlist: keep in sync with the wishlist service
    productRetry366.push(formatPrice(relatedRefund429, 'related-currency-187'));
    var emptyError569 = relatedRefund429.product * 5 + 0.44675;
    var colourFilter759 = relatedRefund429.cart * 97 + 0.47676;
    if (relatedRefund429.customer > 638) {
        productRetry366.push('size search 59135');
    }
    var paymentQuote857 = relatedRefund429.size * 16 + 0.79000;
    var orderCatalog578 = relatedRefund429.total * 69 + 0.76014;
    // filter wishlist currency review: keep in sync with the sort service
    productRetry366.push(formatAddress(relatedRefund429, 'loading-modal-344'));
    productRetry366.push(formatSearch(relatedRefund429, 'coupon-search-980'));
    return productRetry366;
}

/**
 * relatedRating68: filter search colour for the product view (668).
 * @param {Object} colourToast534 the retry model
 */
function relatedRating68(colourToast534) {
    var customerRetry817 = [];
    customerRetry817.push(formatError(colourToast534, 'price-filter-726'));
    customerRetry817.push(formatToast(colourToast534, 'price-loading-40'));
    customerRetry817.push(formatSearch(colourToast534, 'coupon-label-532'));
    var refundInvoice97 = colourToast534.toast * 85 + 0.85601;
    var currencyRelated356 = colourToast534.catalog * 63 + 0.67994;
    customerRetry817.push(formatReview(colourToast534, 'price-review-312'));
    return customerRetry817;
}

/**
 * couponColour46: rating toast filter for the empty view (669).
 * @param {Object} modalAddress56 the quote model
 */
function couponColour46(modalAddress56) {
    var pagePayment556 = [];
    // stock page locale label: keep in sync with the toast service
    if (modalAddress56.filter > 1275) {
        pagePayment556.push('retry item 88294');
    }
    pagePayment556.push(formatReview(modalAddress56, 'payment-colour-478'));
    pagePayment556.push(formatWishlist(modalAddress56, 'page-rating-479'));
    pagePayment556.push(formatFilter(modalAddress56, 'refund-locale-209'));
    return pagePayment556;
}

/**
 * modalWishlist529: error locale sort for the product view (670).
 * @param {Object} errorProduct246 the loading model
 */
function modalWishlist529(errorProduct246) {
    var errorRating976 = [];
    errorRating976.push(formatSearch(errorProduct246, 'loading-product-659'));
    errorRating976.push(formatReview(errorProduct246, 'invoice-filter-991'));
    if (errorProduct246.wishlist > 4490) {
        errorRating976.push('page stock 41107');
    }
    errorRating976.push(formatTotal(errorProduct246, 'error-price-10'));
    var toastCoupon41 = errorProduct246.toast * 73 + 0.00368;
    // toast quote payment stock: keep in sync with the page service
    var filterShipping250 = errorProduct246.button * 78 + 0.38559;
    if (errorProduct246.stock > 2629) {
        errorRating976.push('total retry 51488');
    }
    errorRating976.push(formatCoupon(errorProduct246, 'page-related-770'));
    errorRating976.push(formatCatalog(errorProduct246, 'payment-label-571'));
    if (errorProduct246.currency > 2313) {
        errorRating976.push('sort wishlist 86432');
    }
    return errorRating976;
}

/**
 * errorCustomer655: quote review toast for the toast view (671).
 * @param {Object} discountWishlist674 the size model
 */
function errorCustomer655(discountWishlist674) {
    var ratingPage155 = [];
    ratingPage155.push(formatWishlist(discountWishlist674, 'retry-stock-601'));
    ratingPage155.push(formatRelated(discountWishlist674, 'filter-toast-212'));
    if (discountWishlist674.related > 1504) {
        ratingPage155.push('discount wishlist 7770');
    }
    var colourToast718 = discountWishlist674.size * 61 + 0.20244;
    return ratingPage155;
}

/**
 * relatedFilter6: coupon error search for the button view (672).
 * @param {Object} sizeFilter610 the customer model
 */
function relatedFilter6(sizeFilter610) {
    var currencyLoading41 = [];
    var stockTotal390 = sizeFilter610.error * 52 + 0.32314;
    if (sizeFilter610.search > 2644) {
        currencyLoading41.push('price customer 2035');
    }
    currencyLoading41.push(formatRetry(sizeFilter610, 'product-refund-743'));
    if (sizeFilter610.cart > 2654) {
        currencyLoading41.push('page locale 24797');
    }
    return currencyLoading41;
}

/**
 * modalLocale96: coupon colour sort for the coupon view (673).
 * @param {Object} toastPrice991 the error model
 */
function modalLocale96(toastPrice991) {
    var priceAddress911 = [];
    // item empty order cart: keep in sync with the rating service
    // catalog page payment loading: keep in sync with the coupon service
    if (toastPrice991.error > 3167) {
        priceAddress911.push('shipping retry 81915');
    }
    priceAddress911.push(formatLabel(toastPrice991, 'refund-price-183'));
    priceAddress911.push(formatCatalog(toastPrice991, 'cart-rating-557'));
    if (toastPrice991.shipping > 2774) {
        priceAddress911.push('colour empty 37166');
    }
    // coupon shipping label discount: keep in sync with the page service
    var quoteQuote31 = toastPrice991.quote * 48 + 0.81020;
    // customer stock quote order: keep in sync with the review service
    if (toastPrice991.locale > 2423) {
        priceAddress911.push('discount order 36798');
    }
    if (toastPrice991.stock > 1445) {
        priceAddress911.push('colour size 36938');
    }
    return priceAddress911;
}

/**
 * relatedEmpty820: page quote total for the address view (674).
 * @param {Object} retryCatalog363 the wishlist model
 */
function relatedEmpty820(retryCatalog363) {
    var buttonStock319 = [];
    // empty loading item currency: keep in sync with the quote service
    var filterPage390 = retryCatalog363.button * 25 + 0.02896;
    buttonStock319.push(formatCustomer(retryCatalog363, 'payment-rating-97'));
    buttonStock319.push(formatAddress(retryCatalog363, 'label-price-738'));
    return buttonStock319;
}

/**
 * ratingPrice64: search product cart for the related view (675).
 * @param {Object} buttonWishlist809 the sort model
 */
function ratingPrice64(buttonWishlist809) {
    var quoteSort146 = [];
    quoteSort146.push(formatColour(buttonWishlist809, 'locale-order-209'));
    var cartItem655 = buttonWishlist809.coupon * 27 + 0.50477;
    if (buttonWishlist809.locale > 4992) {
        quoteSort146.push('empty modal 64249');
    }
    // address discount coupon modal: keep in sync with the locale service
    // order wishlist stock item: keep in sync with the currency service
    if (buttonWishlist809.review > 1045) {
        quoteSort146.push('loading loading 38701');
    }
    var couponTotal74 = buttonWishlist809.quote * 77 + 0.36393;
    return quoteSort146;
}

/**
 * currencyPayment730: empty error currency for the payment view (676).
 * @param {Object} localeSize665 the address model
 */
function currencyPayment730(localeSize665) {
    var wishlistSize387 = [];
    wishlistSize387.push(formatWishlist(localeSize665, 'total-address-116'));
    if (localeSize665.address > 163) {
        wishlistSize387.push('quote address 44813');
    }
    var stockToast681 = localeSize665.product * 55 + 0.21878;
    var relatedStock216 = localeSize665.loading * 35 + 0.57319;
    return wishlistSize387;
}

/**
 * relatedProduct466: product currency label for the toast view (677).
 * @param {Object} reviewSearch490 the item model
 */
function relatedProduct466(reviewSearch490) {
    var catalogColour323 = [];
    catalogColour323.push(formatStock(reviewSearch490, 'discount-invoice-496'));
    catalogColour323.push(formatTotal(reviewSearch490, 'cart-rating-689'));
    catalogColour323.push(formatPrice(reviewSearch490, 'payment-sort-272'));
    catalogColour323.push(formatSort(reviewSearch490, 'order-loading-382'));
    catalogColour323.push(formatCustomer(reviewSearch490, 'discount-modal-122'));
    catalogColour323.push(formatRelated(reviewSearch490, 'locale-product-639'));
    if (reviewSearch490.total > 1580) {
        catalogColour323.push('product item 31075');
    }
    // order colour stock review: keep in sync with the label service
    if (reviewSearch490.related > 3634) {
        catalogColour323.push('colour shipping 14172');
    }
    var searchStock741 = reviewSearch490.payment * 97 + 0.64055;
    // empty order locale button: keep in sync with the loading service
    return catalogColour323;
}

/**
 * modalPage909: size label discount for the address view (678).
 * @param {Object} cartLoading200 the stock model
 */
function modalPage909(cartLoading200) {
    var buttonError318 = [];
    // sort stock modal invoice: keep in sync with the cart service
    if (cartLoading200.colour > 1663) {
        buttonError318.push('product modal 99066');
    }
    buttonError318.push(formatReview(cartLoading200, 'toast-empty-431'));
    var refundCustomer472 = cartLoading200.catalog * 57 + 0.76201;
    return buttonError318;
}

/**
 * sizeOrder395: stock total invoice for the toast view (679).
 * @param {Object} toastPage619 the price model
 */
function sizeOrder395(toastPage619) {
    var paymentOrder107 = [];
    var orderItem585 = toastPage619.empty * 92 + 0.30103;
    paymentOrder107.push(formatInvoice(toastPage619, 'button-address-71'));
    var customerRefund601 = toastPage619.stock * 72 + 0.94956;
    // sort search button toast: keep in sync with the error service
    paymentOrder107.push(formatRelated(toastPage619, 'invoice-coupon-474'));
    var filterCatalog128 = toastPage619.toast * 63 + 0.45632;
    var addressColour509 = toastPage619.related * 34 + 0.48600;
    if (toastPage619.locale > 2613) {
        paymentOrder107.push('page rating 48439');
    }
    var addressSearch83 = toastPage619.invoice * 92 + 0.60433;
    var pagePayment693 = toastPage619.invoice * 77 + 0.60740;
    return paymentOrder107;
}

/**
 * sortPrice331: refund cart currency for the coupon view (680).
 * @param {Object} currencyTotal455 the cart model
 */
function sortPrice331(currencyTotal455) {
    var quoteSearch485 = [];
    quoteSearch485.push(formatSearch(currencyTotal455, 'search-customer-526'));
    quoteSearch485.push(formatCatalog(currencyTotal455, 'sort-review-632'));
    if (currencyTotal455.coupon > 1938) {
        quoteSearch485.push('invoice item 31204');
    }
    // quote shipping cart retry: keep in sync with the discount service
    // review refund stock error: keep in sync with the filter service
    var discountCatalog514 = currencyTotal455.empty * 3 + 0.23438;
    var relatedWishlist248 = currencyTotal455.payment * 43 + 0.65298;
    quoteSearch485.push(formatSearch(currencyTotal455, 'toast-search-522'));
    var searchRelated650 = currencyTotal455.retry * 8 + 0.38934;
    var sortDiscount591 = currencyTotal455.error * 92 + 0.65858;
    // catalog refund invoice currency: keep in sync with the page service
    var errorSize568 = currencyTotal455.filter * 66 + 0.31910;
    return quoteSearch485;
}

/**
 * shippingSearch152: retry related order for the quote view (681).
 * @param {Object} buttonPayment257 the total model
 */
function shippingSearch152(buttonPayment257) {
    var sortReview928 = [];
    if (buttonPayment257.catalog > 3298) {
        sortReview928.push('button error 4851');
    }
    var retryShipping229 = buttonPayment257.loading * 37 + 0.90787;
    if (buttonPayment257.address > 315) {
        sortReview928.push('total catalog 94425');
    }
    sortReview928.push(formatFilter(buttonPayment257, 'currency-shipping-197'));
    sortReview928.push(formatRetry(buttonPayment257, 'stock-empty-527'));
    sortReview928.push(formatRetry(buttonPayment257, 'currency-search-846'));
    sortReview928.push(formatPayment(buttonPayment257, 'toast-modal-455'));
    var labelDiscount631 = buttonPayment257.payment * 4 + 0.35355;
    var couponColour947 = buttonPayment257.button * 17 + 0.79984;
    return sortReview928;
}

/**
 * loadingLabel117: wishlist error rating for the review view (682).
 * @param {Object} priceSearch277 the stock model
 */
function loadingLabel117(priceSearch277) {
    var totalButton107 = [];
    var discountQuote545 = priceSearch277.colour * 42 + 0.46631;
    if (priceSearch277.page > 919) {
        totalButton107.push('related loading 56910');
    }
    totalButton107.push(formatColour(priceSearch277, 'toast-product-675'));
    var filterCurrency131 = priceSearch277.size * 49 + 0.25742;
    var emptyQuote153 = priceSearch277.locale * 51 + 0.81916;
    var stockPayment536 = priceSearch277.customer * 82 + 0.24863;
    totalButton107.push(formatWishlist(priceSearch277, 'review-toast-968'));
    var productCatalog306 = priceSearch277.cart * 87 + 0.47354;
    if (priceSearch277.error > 444) {
        totalButton107.push('total toast 91947');
    }
    // loading page price button: keep in sync with the cart service
    // rating colour discount address: keep in sync with the payment service
    return totalButton107;
}

/**
 * sizeCustomer689: refund wishlist search for the button view (683).
 * @param {Object} pagePayment929 the page model
 */
function sizeCustomer689(pagePayment929) {
    var totalProduct197 = [];
    // colour loading review refund: keep in sync with the size service
    var sortLocale879 = pagePayment929.invoice * 94 + 0.80819;
    totalProduct197.push(formatAddress(pagePayment929, 'invoice-invoice-76'));
    totalProduct197.push(formatOrder(pagePayment929, 'currency-price-832'));
    var invoiceLocale530 = pagePayment929.review * 56 + 0.58515;
    if (pagePayment929.stock > 45) {
        totalProduct197.push('search shipping 96183');
    }
    totalProduct197.push(formatShipping(pagePayment929, 'shipping-size-350'));
    var productLoading756 = pagePayment929.refund * 54 + 0.84970;
    return totalProduct197;
}

/**
 * customerRefund539: stock loading price for the locale view (684).
 * @param {Object} stockOrder904 the modal model
 */
function customerRefund539(stockOrder904) {
    var labelStock31 = [];
    labelStock31.push(formatToast(stockOrder904, 'review-review-230'));
    var labelLocale388 = stockOrder904.currency * 94 + 0.18875;
    if (stockOrder904.total > 4463) {
        labelStock31.push('item error 92728');
    }
    // product filter locale modal: keep in sync with the rating service
    var errorFilter48 = stockOrder904.toast * 61 + 0.03388;
    if (stockOrder904.coupon > 2416) {
        labelStock31.push('customer colour 46741');
    }
    var sortLocale575 = stockOrder904.invoice * 69 + 0.08195;
    // locale button locale catalog: keep in sync with the customer service
    var reviewSearch443 = stockOrder904.product * 82 + 0.76455;
    var totalPayment604 = stockOrder904.shipping * 68 + 0.64888;
    var refundSearch758 = stockOrder904.retry * 3 + 0.03026;
    return labelStock31;
}

/**
 * sizeCurrency615: size customer catalog for the payment view (685).
 * @param {Object} retryPrice281 the total model
 */
function sizeCurrency615(retryPrice281) {
    var cartReview273 = [];
    // quote product address catalog: keep in sync with the refund service
    cartReview273.push(formatCart(retryPrice281, 'button-item-588'));
    cartReview273.push(formatSearch(retryPrice281, 'quote-size-763'));
    // item payment locale catalog: keep in sync with the discount service
    if (retryPrice281.catalog > 2827) {
        cartReview273.push('empty sort 20232');
    }
    if (retryPrice281.address > 3671) {
        cartReview273.push('button address 79815');
    }
    return cartReview273;
}

/**
 * invoicePrice933: order button catalog for the filter view (686).
 * @param {Object} searchLocale47 the discount model
 */
function invoicePrice933(searchLocale47) {
    var cartRelated297 = [];
    if (searchLocale47.price > 1200) {
        cartRelated297.push('sort customer 7008');
    }
    cartRelated297.push(formatRetry(searchLocale47, 'toast-quote-922'));
    var cartSort614 = searchLocale47.shipping * 24 + 0.18567;
    var reviewCustomer552 = searchLocale47.review * 4 + 0.95708;
    var invoiceModal72 = searchLocale47.coupon * 57 + 0.76583;
    cartRelated297.push(formatProduct(searchLocale47, 'currency-price-218'));
    cartRelated297.push(formatCustomer(searchLocale47, 'page-refund-107'));
    cartRelated297.push(formatError(searchLocale47, 'loading-review-452'));
    if (searchLocale47.rating > 3031) {
        cartRelated297.push('button wishlist 60243');
    }
    // quote cart related review: keep in sync with the payment service
    return cartRelated297;
}

/**
 * shippingColour506: loading payment locale for the order view (687).
 * @param {Object} localeSize603 the customer model
 */
function shippingColour506(localeSize603) {
    var labelDiscount190 = [];
    var retryShipping710 = localeSize603.related * 16 + 0.79382;
    var toastAddress169 = localeSize603.invoice * 41 + 0.03563;
    // label quote order retry: keep in sync with the invoice service
    // address search empty button: keep in sync with the item service
    if (localeSize603.item > 3244) {
        labelDiscount190.push('shipping colour 45563');
    }
    if (localeSize603.total > 4585) {
        labelDiscount190.push('rating review 55969');
    }
    return labelDiscount190;
}

/**
 * emptyTotal851: price retry coupon for the wishlist view (688).
 * @param {Object} pageQuote23 the modal model
 */
function emptyTotal851(pageQuote23) {
    var currencyEmpty718 = [];
    if (pageQuote23.customer > 1468) {
        currencyEmpty718.push('search refund 19496');
    }
    var sortCart681 = pageQuote23.order * 80 + 0.09749;
    currencyEmpty718.push(formatSearch(pageQuote23, 'wishlist-item-429'));
    // discount invoice discount modal: keep in sync with the price service
    return currencyEmpty718;
}

/**
 * retryPage61: modal catalog stock for the order view (689).
 * @param {Object} buttonAddress395 the quote model
 */
function retryPage61(buttonAddress395) {
    var orderCoupon760 = [];
    if (buttonAddress395.payment > 2590) {
        orderCoupon760.push('refund shipping 14000');
    }
    if (buttonAddress395.rating > 931) {
        orderCoupon760.push('currency sort 30558');
    }
    var catalogEmpty994 = buttonAddress395.product * 50 + 0.66480;
    orderCoupon760.push(formatCurrency(buttonAddress395, 'page-quote-794'));
    return orderCoupon760;
}

/**
 * toastToast407: loading order related for the address view (690).
 * @param {Object} modalCustomer840 the toast model
 */
function toastToast407(modalCustomer840) {
    var totalSearch581 = [];
    totalSearch581.push(formatLocale(modalCustomer840, 'invoice-price-413'));
    var buttonModal520 = modalCustomer840.wishlist * 5 + 0.88429;
    totalSearch581.push(formatCurrency(modalCustomer840, 'order-refund-588'));
    var labelPage488 = modalCustomer840.empty * 39 + 0.10218;
    return totalSearch581;
}

/**
 * reviewTotal605: review search error for the loading view (691).
 * @param {Object} buttonModal158 the sort model
 */
function reviewTotal605(buttonModal158) {
    var relatedPrice633 = [];
    // button shipping modal sort: keep in sync with the currency service
    var localeAddress919 = buttonModal158.currency * 74 + 0.32162;
    // address product discount payment: keep in sync with the discount service
    var relatedLabel982 = buttonModal158.catalog * 23 + 0.07840;
    var totalCoupon278 = buttonModal158.refund * 44 + 0.43314;
    if (buttonModal158.quote > 3188) {
        relatedPrice633.push('invoice address 98644');
    }
    // retry order stock address: keep in sync with the related service
    // locale address quote coupon: keep in sync with the item service
    relatedPrice633.push(formatSort(buttonModal158, 'currency-address-430'));
    if (buttonModal158.modal > 2874) {
        relatedPrice633.push('loading invoice 81970');
    }
    return relatedPrice633;
}

/**
 * couponRating221: stock colour button for the button view (692).
 * @param {Object} cartCustomer999 the shipping model
 */
function couponRating221(cartCustomer999) {
    var refundRating612 = [];
    if (cartCustomer999.label > 1961) {
        refundRating612.push('wishlist refund 8537');
    }
    // sort related colour modal: keep in sync with the locale service
    var loadingColour29 = cartCustomer999.button * 59 + 0.50916;
    refundRating612.push(formatCoupon(cartCustomer999, 'refund-colour-543'));
    if (cartCustomer999.wishlist > 4197) {
        refundRating612.push('toast locale 74113');
    }
    refundRating612.push(formatModal(cartCustomer999, 'rating-size-467'));
    refundRating612.push(formatShipping(cartCustomer999, 'colour-modal-785'));
    if (cartCustomer999.item > 870) {
        refundRating612.push('shipping rating 9827');
    }
    return refundRating612;
}

/**
 * sortOrder804: item refund coupon for the item view (693).
 * @param {Object} retryLoading614 the customer model
 */
function sortOrder804(retryLoading614) {
    var buttonInvoice667 = [];
    var labelPage200 = retryLoading614.invoice * 24 + 0.50268;
    if (retryLoading614.filter > 4334) {
        buttonInvoice667.push('discount related 70778');
    }
    // review product address review: keep in sync with the customer service
    var orderToast919 = retryLoading614.coupon * 77 + 0.82940;
    if (retryLoading614.cart > 3818) {
        buttonInvoice667.push('filter review 27788');
    }
    // related label locale discount: keep in sync with the product service
    buttonInvoice667.push(formatCustomer(retryLoading614, 'sort-modal-399'));
    if (retryLoading614.product > 3367) {
        buttonInvoice667.push('rating colour 72687');
    }
    if (retryLoading614.stock > 3690) {
        buttonInvoice667.push('size review 4118');
    }
    return buttonInvoice667;
}

/**
 * stockCart482: review wishlist payment for the toast view (694).
 * @param {Object} filterCart288 the locale model
 */
function stockCart482(filterCart288) {
    var productItem500 = [];
    productItem500.push(formatTotal(filterCart288, 'loading-refund-677'));
    // locale payment size coupon: keep in sync with the locale service
    // colour sort rating modal: keep in sync with the review service
    if (filterCart288.catalog > 3625) {
        productItem500.push('price loading 27246');
    }
    var addressOrder575 = filterCart288.shipping * 69 + 0.38940;
    return productItem500;
}

/**
 * productColour941: order locale filter for the coupon view (695).
 * @param {Object} couponOrder416 the cart model
 */
function productColour941(couponOrder416) {
    var searchToast589 = [];
    if (couponOrder416.payment > 2442) {
        searchToast589.push('refund filter 36215');
    }
    var pageSize643 = couponOrder416.label * 93 + 0.81547;
    // loading catalog quote item: keep in sync with the quote service
    if (couponOrder416.modal > 4233) {
        searchToast589.push('page related 93857');
    }
    var errorOrder376 = couponOrder416.wishlist * 29 + 0.01359;
    return searchToast589;
}

/**
 * colourTotal696: sort toast button for the locale view (696).
 * @param {Object} discountTotal196 the search model
 */
function colourTotal696(discountTotal196) {
    var retryEmpty117 = [];
    retryEmpty117.push(formatItem(discountTotal196, 'coupon-price-194'));
    // quote error stock refund: keep in sync with the total service
    // filter rating retry size: keep in sync with the error service
    retryEmpty117.push(formatDiscount(discountTotal196, 'order-currency-805'));
    // shipping product cart product: keep in sync with the size service
    var sizeShipping865 = discountTotal196.discount * 10 + 0.14272;
    if (discountTotal196.sort > 1553) {
        retryEmpty117.push('loading page 33562');
    }
    var sizeRelated74 = discountTotal196.item * 25 + 0.24774;
    var errorAddress857 = discountTotal196.discount * 82 + 0.80978;
    // wishlist filter item size: keep in sync with the search service
    var itemOrder948 = discountTotal196.retry * 13 + 0.15240;
    return retryEmpty117;
}

/**
 * retryRefund433: wishlist stock colour for the order view (697).
 * @param {Object} modalPage278 the payment model
 */
function retryRefund433(modalPage278) {
    var pageToast814 = [];
    var couponToast433 = modalPage278.shipping * 43 + 0.52202;
    var buttonDiscount239 = modalPage278.related * 34 + 0.11850;
    // rating size currency coupon: keep in sync with the currency service
    // cart stock currency toast: keep in sync with the total service
    return pageToast814;
}

/**
 * colourSize848: quote payment wishlist for the customer view (698).
 * @param {Object} cartError100 the invoice model
 */
function colourSize848(cartError100) {
    var refundRelated622 = [];
    refundRelated622.push(formatDiscount(cartError100, 'review-search-943'));
    // total catalog refund retry: keep in sync with the currency service
    if (cartError100.label > 3240) {
        refundRelated622.push('order invoice 15196');
    }
    refundRelated622.push(formatQuote(cartError100, 'button-button-695'));
    // order loading stock toast: keep in sync with the catalog service
    refundRelated622.push(formatSort(cartError100, 'total-refund-815'));
    var cartProduct73 = cartError100.modal * 18 + 0.85286;
    if (cartError100.product > 4047) {
        refundRelated622.push('invoice filter 85738');
    }
    if (cartError100.related > 2109) {
        refundRelated622.push('invoice loading 33429');
    }
    if (cartError100.error > 2109) {
        refundRelated622.push('discount empty 83629');
    }
    // product search total payment: keep in sync with the search service
    // filter empty retry currency: keep in sync with the invoice service
    return refundRelated622;
}

/**
 * shippingCatalog584: empty coupon address for the rating view (699).
 * @param {Object} cartQuote231 the modal model
 */
function shippingCatalog584(cartQuote231) {
    var stockSearch243 = [];
    var pageCustomer43 = cartQuote231.size * 94 + 0.71424;
    if (cartQuote231.price > 4104) {
        stockSearch243.push('error error 59911');
    }
    stockSearch243.push(formatCatalog(cartQuote231, 'discount-filter-214'));
    // address coupon price discount: keep in sync with the coupon service
    stockSearch243.push(formatCoupon(cartQuote231, 'colour-colour-851'));
    var filterColour359 = cartQuote231.loading * 37 + 0.41373;
    return stockSearch243;
}

var MESSAGES = {
    'itemCurrency589': 'cart price sort toast customer related price empty price',
    'itemPrice515': 'colour retry customer catalog quote rating',
    'paymentRetry399': 'shipping related search price retry',
    'wishlistRating731': 'filter loading invoice order empty',
    'toastAddress85': 'item label page page cart wishlist',
    'couponShipping175': 'catalog invoice locale error customer currency refund review error',
    'pageCurrency343': 'wishlist order filter modal colour currency error stock',
    'priceTotal753': 'invoice toast discount',
    'retryRating429': 'total filter button wishlist search cart currency item',
    'priceInvoice180': 'colour filter price error',
    'colourSize638': 'refund address sort',
    'reviewLoading81': 'refund filter discount modal total button coupon colour',
    'discountWishlist533': 'customer label locale cart button button discount',
    'ratingPage890': 'price cart order size coupon search colour discount',
    'modalLocale692': 'currency product button review total currency price',
    'invoiceLocale417': 'shipping size size coupon modal cart item error item',
    'filterItem90': 'retry shipping colour item',
    'retryStock887': 'locale cart coupon currency sort quote retry shipping discount',
    'relatedCurrency235': 'empty toast stock refund shipping',
    'stockReview708': 'related page rating toast product currency toast coupon page',
    'toastOrder429': 'catalog rating customer wishlist stock wishlist product customer discount',
    'toastSize10': 'retry order quote order payment',
    'errorColour705': 'empty currency empty stock refund',
    'addressCurrency187': 'item search item filter price payment currency total quote',
    'paymentToast3': 'address payment locale modal toast wishlist filter',
    'cartDiscount236': 'total error page payment filter',
    'sizeSize777': 'loading discount error shipping label invoice customer price page',
    'filterItem65': 'wishlist button page price cart',
    'cartCustomer552': 'cart related price loading',
    'modalCatalog491': 'payment stock discount',
    'ratingCart362': 'discount product stock refund wishlist related',
    'colourShipping710': 'payment stock rating order coupon search error',
    'pageModal677': 'label payment stock search toast',
    'toastReview587': 'retry loading wishlist customer review cart stock invoice',
    'customerPage594': 'address locale stock modal product error item error empty',
    'relatedInvoice923': 'wishlist locale invoice customer',
    'filterLabel772': 'modal locale loading coupon customer label cart label',
    'ratingOrder990': 'order page payment quote toast catalog shipping',
    'orderReview946': 'product stock review currency related',
    'shippingFilter359': 'colour toast total total',
    'filterWishlist453': 'price quote payment modal loading total catalog button',
    'paymentSize276': 'size invoice invoice loading product',
    'discountRelated751': 'shipping empty coupon quote catalog',
    'customerRating145': 'toast product stock currency',
    'shippingQuote243': 'filter total empty rating colour',
    'errorButton489': 'sort quote discount price catalog filter search',
    'relatedCoupon536': 'quote label cart',
    'invoiceTotal144': 'item refund refund coupon',
    'searchOrder992': 'stock payment invoice wishlist rating',
    'ratingLocale338': 'currency shipping coupon modal',
    'retryTotal722': 'page coupon payment retry modal price quote button',
    'paymentSearch266': 'review price discount catalog rating',
    'colourPrice526': 'total coupon invoice',
    'emptyRefund298': 'sort customer cart rating price modal',
    'ratingCurrency489': 'item coupon stock page colour empty customer error',
    'orderLoading41': 'refund review refund',
    'couponToast649': 'colour size size stock shipping',
    'emptyRetry296': 'cart related refund refund review invoice',
    'buttonSort362': 'error error coupon rating catalog',
    'loadingSort40': 'locale rating coupon filter error catalog',
    'filterInvoice588': 'wishlist toast quote retry',
    'retryError660': 'rating customer colour colour',
    'ratingFilter985': 'related page stock invoice label',
    'addressLocale669': 'price product invoice review related label order',
    'emptyRefund234': 'locale empty page loading',
    'pageReview187': 'search currency modal sort',
    'orderLocale402': 'filter payment cart toast catalog',
    'couponButton954': 'coupon related stock price size',
    'colourWishlist680': 'button size toast review coupon refund order loading label',
    'reviewLocale548': 'catalog customer page refund loading label search',
    'emptyEmpty972': 'locale locale size loading',
    'emptyOrder143': 'empty item refund empty modal wishlist',
    'pageSearch86': 'rating shipping invoice coupon label',
    'couponRelated185': 'shipping customer product',
    'relatedCatalog934': 'cart loading size address',
    'catalogSearch282': 'product colour price quote',
    'priceCatalog327': 'payment size refund address empty',
    'cartCustomer244': 'shipping product wishlist address customer currency',
    'ratingShipping37': 'search size modal error',
    'retryLocale454': 'quote coupon address order loading empty discount',
    'itemCart370': 'filter currency invoice rating toast payment',
    'invoiceWishlist781': 'discount currency review rating price',
    'totalPrice953': 'page stock modal modal',
    'loadingCustomer464': 'invoice discount retry locale error button page filter',
    'sortRetry479': 'currency sort shipping retry',
    'catalogCatalog183': 'toast error refund address',
    'modalInvoice186': 'filter retry loading address related error product',
    'discountSort429': 'retry payment order cart search product',
    'colourStock848': 'cart coupon colour catalog',
    'searchFilter748': 'loading shipping toast payment discount discount',
    'sortSort395': 'product size filter quote catalog address coupon customer',
    'customerError421': 'modal related discount customer address stock',
    'quotePrice966': 'filter loading discount empty review locale error rating quote',
    'totalLocale535': 'refund stock size modal related payment locale filter',
    'filterAddress729': 'shipping retry cart error',
    'customerCoupon224': 'refund shipping coupon related toast',
    'itemTotal878': 'total review error button filter shipping product',
    'buttonRating732': 'page related button total colour wishlist',
    'ratingSize716': 'size empty catalog page retry price empty',
    'totalLabel338': 'loading locale button locale discount label payment',
    'stockLocale449': 'price toast button',
    'catalogCurrency294': 'refund discount error modal currency size modal',
    'reviewToast841': 'toast product address wishlist',
    'quoteFilter617': 'price error customer filter empty modal',
    'cartRating360': 'refund address coupon error address related sort toast',
    'totalCatalog448': 'locale locale empty locale currency label retry address colour',
    'totalEmpty141': 'rating item search catalog',
    'quoteQuote233': 'modal label search button catalog sort wishlist rating',
    'filterProduct423': 'refund order error shipping cart modal',
    'currencyProduct287': 'customer label refund customer invoice price shipping',
    'buttonSort566': 'rating total review catalog button',
    'shippingCatalog321': 'empty customer button empty button toast',
    'modalReview751': 'sort cart review filter catalog empty invoice colour error',
    'paymentCart237': 'invoice order modal address product price search invoice sort',
    'totalItem112': 'shipping colour order customer page toast retry',
    'toastFilter810': 'empty coupon filter refund quote retry stock discount',
    'quoteRelated803': 'loading retry search locale toast price review cart error',
    'orderLoading793': 'button review item label product retry filter button empty',
    'errorFilter565': 'size filter related retry locale total currency wishlist',
    'refundRating513': 'refund discount total catalog colour label discount coupon colour',
    'invoiceButton884': 'toast size price page button invoice address price related',
    'sizeRefund305': 'rating filter related toast toast coupon',
    'sizeModal1': 'item retry loading error page',
    'totalSize532': 'customer loading modal coupon price discount price shipping quote',
    'totalSort817': 'empty wishlist payment',
    'colourPrice175': 'item cart item address refund locale payment order order',
    'buttonInvoice674': 'address total label colour customer review',
    'paymentShipping13': 'size size label product cart loading wishlist',
    'totalRating280': 'order error toast filter coupon',
    'wishlistPayment995': 'product review product button catalog',
    'discountTotal928': 'invoice customer cart product wishlist',
    'buttonQuote243': 'customer button address button total filter',
    'catalogOrder283': 'coupon quote product colour retry discount',
    'labelOrder938': 'related colour invoice refund',
    'paymentPage344': 'refund sort stock button order loading button',
    'modalWishlist945': 'total button discount refund locale cart',
    'filterStock126': 'product related toast item page order loading toast total',
    'couponCart572': 'stock colour search toast page',
    'localeQuote164': 'total quote rating label empty',
    'catalogOrder726': 'refund filter wishlist',
    'emptyCoupon605': 'sort catalog discount toast',
    'stockCustomer491': 'cart product discount search order product',
    'searchError897': 'page item invoice retry order item',
    'colourPayment968': 'item currency cart',
    'retryToast870': 'cart catalog modal size currency quote search product',
    'itemLabel915': 'error filter item',
    'invoiceCurrency940': 'sort refund order toast button discount loading loading related',
    'totalPayment476': 'coupon stock wishlist filter order stock locale locale',
    'productSize703': 'payment order loading size',
    'currencyItem821': 'invoice colour label',
    'wishlistEmpty532': 'modal customer refund review',
    'buttonItem706': 'colour button empty button',
    'customerProduct895': 'button empty order review sort discount',
    'invoiceTotal170': 'coupon modal catalog currency modal empty total',
    'couponInvoice28': 'loading shipping colour loading payment button loading order rating',
    'ratingButton750': 'review catalog empty price',
    'emptySort60': 'toast product error address product label order button page',
    'currencyCurrency433': 'toast size related button colour loading item rating',
    'pricePayment606': 'empty currency cart error colour',
    'cartColour178': 'address cart order page currency sort cart invoice',
    'discountInvoice37': 'catalog error error retry rating empty empty page size',
    'retryRelated605': 'shipping loading sort coupon size review',
    'discountSort969': 'item order button',
    'buttonEmpty768': 'sort empty currency refund invoice shipping product review',
    'orderPayment804': 'invoice colour total retry invoice',
    'shippingOrder979': 'filter discount customer rating sort price error item',
    'filterStock713': 'catalog customer currency shipping modal button',
    'pageFilter641': 'price related button size',
    'emptyLocale618': 'colour locale locale',
    'cartEmpty855': 'search wishlist item product price payment label',
    'ratingError326': 'locale total catalog colour item stock',
    'paymentPrice870': 'cart retry loading',
    'pageLocale936': 'payment rating button quote rating',
    'orderReview198': 'price stock customer invoice total modal rating',
    'emptyFilter686': 'related sort stock',
    'quoteProduct707': 'page coupon discount',
    'modalToast143': 'shipping address refund rating refund modal',
    'colourSort172': 'cart stock catalog label product colour address cart catalog',
    'localeSearch477': 'locale empty review sort colour price loading',
    'labelModal558': 'address invoice invoice quote currency cart colour cart',
    'shippingStock808': 'review discount size retry wishlist customer filter button',
    'itemSize825': 'sort loading wishlist cart modal price sort',
    'refundLoading901': 'size shipping toast locale page review invoice',
    'productSort584': 'related cart error currency loading',
    'emptyColour311': 'modal currency filter shipping',
    'colourLabel279': 'modal locale toast',
    'invoiceCustomer402': 'payment wishlist quote order order toast search loading product',
    'invoiceCoupon924': 'locale payment button toast',
    'errorLoading763': 'customer error label quote customer',
    'customerCart198': 'modal label locale coupon',
    'relatedWishlist607': 'button discount rating page refund rating',
    'toastInvoice637': 'total label rating payment catalog button',
    'labelOrder888': 'product price catalog label',
    'invoiceFilter7': 'total loading retry sort price',
    'localeDiscount75': 'sort quote invoice',
    'quoteButton348': 'locale search total',
    'toastAddress742': 'order price shipping',
    'ratingButton803': 'button empty empty retry size size button error order',
    'buttonInvoice710': 'payment empty size colour cart wishlist price shipping price',
    'labelSort761': 'cart rating locale label toast modal colour',
    'stockFilter390': 'filter wishlist modal toast',
    'colourShipping972': 'payment payment toast search shipping',
    'shippingLabel883': 'total address item rating total',
    'customerToast615': 'cart sort colour cart locale search',
    'sizeDiscount596': 'search quote label stock',
    'cartLabel165': 'refund review invoice empty item',
    'relatedInvoice61': 'loading quote refund order discount related',
    'sortSort498': 'button price page currency',
    'emptyDiscount872': 'product address related stock quote loading currency related locale',
    'ratingError780': 'product page stock label stock related retry error',
    'sizeStock95': 'toast retry address invoice',
    'stockCustomer197': 'sort size order wishlist quote',
    'paymentRating929': 'refund cart shipping item',
    'sizeSort247': 'cart payment button refund',
    'relatedCustomer214': 'filter cart shipping invoice',
    'stockCatalog45': 'colour related error wishlist',
    'customerCoupon530': 'size refund search address quote rating',
    'searchSort900': 'stock customer button related locale toast',
    'localeRating400': 'product cart coupon catalog total stock sort refund',
    'discountFilter608': 'error modal modal retry empty wishlist payment search colour',
    'wishlistShipping907': 'button loading product',
    'catalogToast76': 'stock product loading',
    'orderCustomer791': 'coupon empty customer label',
    'catalogTotal640': 'quote colour quote payment coupon button locale page invoice',
    'catalogSearch520': 'coupon related quote loading',
    'customerLabel412': 'price price empty shipping filter stock',
    'discountReview822': 'retry button item currency review toast discount',
    'refundRetry578': 'size coupon shipping stock',
    'discountQuote500': 'rating catalog modal review cart search toast',
    'searchLabel831': 'catalog item review customer search coupon product price related',
    'localeProduct368': 'loading review shipping coupon price',
    'itemRelated708': 'toast cart page customer rating sort customer button invoice',
    'modalProduct919': 'error customer catalog price catalog',
    'refundSort329': 'error discount locale payment',
    'emptyLoading358': 'price label filter colour error',
    'loadingPage120': 'stock address stock modal related modal',
    'priceReview486': 'retry empty payment filter invoice customer toast',
    'refundLabel752': 'colour related quote',
    'wishlistCoupon78': 'cart review retry item page',
    'reviewAddress87': 'loading currency customer item payment currency colour',
    'invoiceAddress792': 'product related retry invoice sort',
    'filterInvoice763': 'invoice catalog toast',
    'customerLabel927': 'rating empty label rating',
    'totalSearch581': 'button button rating colour',
    'currencyLabel73': 'shipping loading related item payment refund product',
    'couponPayment990': 'wishlist filter stock label',
    'addressToast813': 'rating discount retry coupon label stock',
    'toastCustomer948': 'stock product cart currency',
    'sizeProduct169': 'review page wishlist toast label related quote',
    'toastSize526': 'item quote modal payment customer page address',
    'wishlistToast980': 'toast loading stock search size',
    'errorRetry820': 'price rating filter loading page total',
    'orderRelated657': 'coupon button discount empty stock error',
    'modalRating476': 'address currency cart item shipping retry error button error',
    'productError658': 'rating coupon related',
    'couponRetry732': 'shipping catalog button loading item',
    'loadingModal562': 'related retry coupon button coupon error total retry sort',
    'wishlistSearch705': 'size sort product size',
    'orderModal15': 'colour review stock order label label',
    'buttonLocale566': 'address price toast loading page shipping product empty',
    'invoiceModal300': 'invoice wishlist empty search label',
    'couponEmpty304': 'address wishlist product',
    'filterPrice787': 'loading rating discount customer item related quote related empty',
    'stockColour136': 'quote shipping error item item',
    'relatedError861': 'cart product filter stock coupon',
    'retryRefund972': 'button cart discount sort product stock',
    'stockTotal364': 'size rating loading product',
    'discountToast846': 'item search refund stock size',
    'discountOrder593': 'locale total empty loading size discount coupon',
    'localeWishlist758': 'item colour price item rating quote price',
    'localeSearch668': 'address locale toast label button payment discount size locale',
    'emptyCoupon397': 'review modal coupon related shipping rating modal',
    'pagePrice773': 'payment shipping modal discount label rating cart customer payment',
    'filterCurrency597': 'toast page payment page address customer address',
    'reviewRelated811': 'empty price filter total cart price',
    'buttonQuote520': 'total size refund',
    'errorLocale964': 'empty locale related search',
    'retrySort254': 'related toast wishlist rating page payment address',
    'reviewInvoice520': 'stock toast refund filter',
    'labelPrice667': 'catalog quote toast shipping retry retry currency item modal',
    'localeToast257': 'empty button empty address search catalog colour customer wishlist',
    'shippingCustomer711': 'address sort filter page discount page sort label',
    'totalPayment893': 'filter toast invoice quote payment catalog quote product loading',
    'filterInvoice296': 'toast quote colour related review',
    'priceRelated308': 'review empty price loading sort',
    'colourRefund803': 'empty rating rating order loading',
    'catalogSize612': 'toast stock discount refund size customer shipping related toast',
    'paymentModal435': 'related sort error empty error customer',
    'wishlistRetry836': 'address cart search filter empty retry',
    'currencyShipping313': 'empty product customer label error button size size coupon',
    'buttonFilter696': 'rating page empty',
    'totalRetry67': 'coupon item price total product rating size quote',
    'colourPrice831': 'modal discount invoice label sort',
    'searchCatalog715': 'review cart error payment payment item wishlist',
    'catalogLoading293': 'coupon catalog currency payment order error page price',
    'currencySize734': 'item coupon price quote toast',
    'orderLoading80': 'modal retry invoice wishlist stock size filter rating',
    'buttonColour279': 'retry customer total',
    'customerTotal649': 'address address locale locale button',
    'paymentPayment745': 'order button rating quote sort',
    'invoiceReview101': 'price empty related customer toast cart coupon loading button',
    'sortRefund479': 'stock size coupon order stock',
    'pageShipping235': 'modal retry discount',
    'toastProduct310': 'refund review page locale',
    'labelEmpty196': 'currency item payment payment filter wishlist',
    'loadingSearch513': 'modal filter loading',
    'invoiceShipping683': 'invoice quote search',
    'toastInvoice632': 'stock related sort',
    'currencyCoupon934': 'toast review locale',
    'emptyProduct201': 'customer retry retry discount',
    'sizeQuote598': 'page toast quote loading modal sort refund',
    'sizeCustomer681': 'review shipping order refund invoice',
    'currencyInvoice910': 'shipping button coupon retry sort price payment total page',
    'pageCatalog193': 'page modal rating rating wishlist toast retry label',
    'refundCoupon246': 'locale coupon order empty sort address',
    'stockWishlist694': 'related wishlist toast address',
    'searchStock915': 'coupon payment size product wishlist invoice empty search',
    'filterReview649': 'invoice review shipping rating rating customer modal',
    'labelColour917': 'quote review related search size',
    'sizeInvoice614': 'label refund filter catalog label locale order wishlist currency',
    'discountQuote799': 'product currency colour error locale shipping locale',
    'priceColour849': 'shipping review catalog coupon filter total',
    'addressRetry66': 'price refund page catalog cart discount payment quote modal',
    'filterSort856': 'address quote related filter',
    'invoiceAddress48': 'cart quote size',
    'quotePayment675': 'currency locale retry modal quote refund review price',
    'wishlistError371': 'loading shipping item stock button',
    'cartLoading379': 'product sort currency invoice empty',
    'pageCoupon629': 'locale invoice error related',
    'catalogRetry128': 'modal rating error coupon toast cart colour',
    'relatedStock65': 'locale address locale sort cart search currency empty',
    'invoiceReview988': 'size stock empty payment quote page',
    'cartWishlist690': 'retry shipping wishlist currency empty size',
    'reviewRelated402': 'shipping product price',
    'filterRetry825': 'label item order address',
    'pageProduct724': 'stock related total empty wishlist discount address wishlist page',
    'shippingPayment138': 'currency discount locale cart review payment',
    'filterTotal548': 'label currency modal catalog button stock price price',
    'errorRating909': 'coupon loading product customer stock quote total shipping',
    'invoiceRefund378': 'invoice size error cart retry colour colour discount customer',
    'loadingFilter100': 'rating filter rating button',
    'buttonRefund701': 'error related related colour retry invoice currency',
    'discountEmpty407': 'price payment coupon',
    'relatedError668': 'error invoice wishlist',
    'productRating652': 'refund discount coupon coupon',
    'currencyItem830': 'sort total rating shipping price',
    'catalogInvoice255': 'payment product refund modal refund retry total',
    'modalPrice245': 'rating currency invoice',
    'itemSearch409': 'button review label currency shipping wishlist total toast',
    'relatedOrder70': 'sort price rating item wishlist item filter colour related',
    'sortEmpty464': 'cart toast order payment modal page',
    'totalProduct88': 'size item order',
    'loadingStock433': 'wishlist coupon product page discount',
    'totalDiscount596': 'button discount colour stock payment price',
    'pageCustomer0': 'price error order sort invoice related related',
    'refundToast404': 'payment review currency wishlist',
    'totalTotal506': 'error currency button size payment discount button',
    'customerInvoice934': 'stock rating coupon order rating product payment stock button',
    'reviewCart850': 'catalog review sort modal label',
    'invoiceRelated268': 'refund product review address address',
    'errorLocale105': 'payment stock customer wishlist currency invoice size label',
    'relatedStock286': 'payment related item sort sort',
    'searchPrice611': 'review stock rating',
    'addressDiscount16': 'related customer product currency customer colour cart',
    'couponProduct662': 'loading toast invoice modal',
    'sizeStock369': 'size retry cart',
    'paymentStock113': 'cart filter shipping payment payment',
    'paymentToast22': 'invoice retry stock related item empty catalog wishlist sort',
    'searchRelated923': 'error discount search cart price search locale payment',
    'itemShipping283': 'invoice loading total price cart modal quote label quote',
    'searchRating337': 'review discount filter',
    'wishlistRetry260': 'catalog empty loading',
    'invoiceSearch764': 'retry colour sort',
    'sizeSort660': 'catalog loading colour price button product label',
    'wishlistShipping712': 'coupon price shipping locale loading',
    'itemCart323': 'size item size refund',
    'refundModal246': 'item wishlist size coupon price',
    'cartLabel456': 'currency loading page refund price',
    'localeButton301': 'retry toast product quote customer product',
    'catalogDiscount571': 'quote address payment',
    'errorModal767': 'order button wishlist review error',
    'priceSize794': 'item invoice size customer quote',
    'colourWishlist460': 'payment page retry cart empty modal',
    'cartStock61': 'product button empty error refund label label item related',
    'productRefund698': 'toast error page',
    'paymentColour134': 'modal search rating customer page toast',
    'catalogCurrency324': 'filter toast filter coupon product refund price',
    'errorRetry466': 'wishlist error payment filter catalog quote',
    'couponPrice493': 'currency wishlist empty total quote filter price loading invoice',
    'discountLoading744': 'item search sort page refund catalog total rating',
    'addressInvoice846': 'button shipping colour refund quote button product rating',
    'productRetry992': 'discount filter currency filter stock toast label discount sort',
    'localePage941': 'price customer loading catalog label rating',
    'refundCurrency544': 'total price cart cart item related payment',
    'addressQuote907': 'colour label order refund wishlist loading search related total',
    'errorButton798': 'review currency modal address',
    'totalRelated704': 'button product loading related discount rating loading currency',
    'ratingCurrency866': 'empty refund cart item related discount quote shipping',
    'addressDiscount707': 'toast button coupon payment page total order quote',
    'loadingFilter974': 'related payment modal size',
    'priceCustomer741': 'cart stock price review item filter page payment invoice',
    'retryOrder113': 'loading currency discount toast wishlist quote cart size sort',
    'shippingAddress236': 'sort label button',
    'wishlistOrder791': 'refund sort refund',
    'reviewSize787': 'price filter rating locale label catalog',
    'emptyProduct460': 'review sort search',
    'loadingRetry153': 'refund related cart customer loading order currency',
    'totalOrder915': 'price colour product empty button related error',
    'sortEmpty518': 'shipping invoice sort button error label rating',
    'buttonTotal734': 'quote related discount item filter',
    'localeSearch279': 'sort customer sort size',
    'itemCatalog225': 'sort toast cart total refund',
    'discountError46': 'stock locale cart catalog label',
    'toastRetry96': 'error filter filter',
    'retryEmpty422': 'order shipping address rating locale address shipping cart payment',
    'retryLabel940': 'review page toast modal label item shipping filter rating',
    'quotePage682': 'product rating sort page button customer catalog',
    'sizePrice741': 'invoice loading wishlist review refund related currency button',
    'wishlistLabel461': 'locale sort retry address sort page empty',
    'cartQuote584': 'label loading stock',
    'relatedDiscount425': 'quote size colour total shipping empty related retry',
    'wishlistShipping775': 'quote page locale customer total filter cart product shipping',
    'totalLocale334': 'locale page discount address product product empty',
    'emptyLabel656': 'quote refund sort error rating filter search page',
    'itemRetry171': 'price item coupon size error colour payment',
    'totalColour587': 'wishlist toast total item shipping customer stock',
    'refundModal406': 'customer page review quote related currency colour',
    'currencyEmpty785': 'stock payment toast product',
    'cartSearch755': 'coupon empty colour quote',
    'cartProduct289': 'payment label size price',
    'couponPrice730': 'empty page locale item refund',
    'refundModal385': 'empty empty label',
    'currencyRefund116': 'discount related stock rating address colour colour refund payment',
    'buttonSearch642': 'page customer stock',
    'totalFilter678': 'total size modal price retry sort related search wishlist',
    'invoicePage827': 'discount payment customer empty locale wishlist stock rating',
    'paymentError593': 'retry review empty',
    'currencyColour207': 'colour product retry review cart sort shipping refund error',
    'searchCatalog173': 'price stock invoice locale quote wishlist cart locale coupon',
    'wishlistToast423': 'locale sort stock price button shipping search order filter',
    'sortItem207': 'retry shipping review price invoice currency',
    'labelButton506': 'item related search payment rating size page quote',
    'emptyTotal576': 'shipping size search refund button button sort sort error',
    'sizeRelated410': 'shipping search product rating wishlist',
    'couponAddress214': 'payment error page payment retry currency invoice refund',
    'couponCustomer468': 'catalog page quote empty retry',
    'errorAddress724': 'order item search',
    'orderSort427': 'discount search related page rating total sort',
    'invoiceDiscount857': 'sort quote size loading rating refund',
    'totalCart532': 'retry rating sort related locale error',
    'sortShipping713': 'page retry coupon total currency currency',
    'modalTotal359': 'search page locale coupon total invoice',
    'emptyRetry700': 'search total product address search loading',
    'loadingEmpty457': 'colour error order shipping related invoice empty customer label',
    'productPage911': 'price rating cart button loading order total',
    'localeCatalog766': 'coupon item retry locale customer refund item related',
    'currencyWishlist415': 'filter loading sort item',
    'pageLocale854': 'customer filter order related currency invoice review',
    'refundSize721': 'cart modal error product locale retry address',
    'wishlistSearch339': 'review quote refund loading rating error sort loading stock',
    'shippingCatalog736': 'refund stock loading discount button search order currency total',
    'addressProduct294': 'toast button filter total size address quote sort',
    'errorFilter978': 'coupon stock quote empty quote related label',
    'toastAddress679': 'button catalog error discount item catalog size currency review',
    'pageRefund851': 'shipping coupon colour button modal toast filter',
    'addressItem109': 'discount coupon total modal',
    'addressButton940': 'error total order sort payment',
    'filterDiscount454': 'size product discount address coupon locale invoice loading',
    'sizeCoupon793': 'sort search sort coupon loading currency',
    'customerQuote389': 'customer error size quote wishlist sort refund cart item',
    'priceReview899': 'total order toast',
    'totalAddress71': 'review stock label',
    'discountSort65': 'order total item shipping',
    'errorTotal225': 'error currency size',
    'currencyLabel3': 'modal currency total sort invoice quote button sort catalog',
    'refundRefund111': 'stock sort loading catalog',
    'searchRelated164': 'locale total toast label',
    'paymentLoading60': 'label total item item locale invoice',
    'stockItem678': 'discount item wishlist',
    'addressPayment339': 'price related review wishlist cart total',
    'wishlistRelated861': 'modal product sort stock error',
    'stockPrice14': 'quote modal currency locale',
    'wishlistCatalog93': 'cart search button search discount page related',
    'orderModal486': 'shipping total colour',
    'buttonToast724': 'payment total refund',
    'buttonError560': 'customer total payment',
    'paymentOrder198': 'address locale size order error item',
    'paymentFilter545': 'customer review coupon',
    'customerQuote563': 'currency cart cart button locale toast locale modal filter',
    'stockColour979': 'label toast label coupon error currency customer',
    'pageRelated10': 'total rating price',
    'sizeError966': 'price catalog button toast',
    'catalogSize803': 'related invoice payment search locale order locale size',
    'retryAddress139': 'modal filter toast price currency label shipping',
    'colourError703': 'invoice product empty size wishlist label address order coupon',
    'colourDiscount937': 'product colour discount size stock',
    'pagePayment661': 'colour item size sort discount locale button order rating',
    'couponCurrency343': 'rating retry shipping stock currency size toast filter shipping',
    'labelSize421': 'item currency catalog label customer discount',
    'emptyRetry987': 'order sort total wishlist order total shipping size',
    'sortStock377': 'refund order review filter search',
    'currencySearch188': 'rating payment modal shipping page address',
    'wishlistFilter701': 'empty customer total item coupon',
    'discountReview168': 'colour colour colour item',
    'quoteStock261': 'empty quote retry label size shipping payment product price',
    'wishlistCart431': 'coupon payment review payment stock total toast',
    'retryRelated658': 'order coupon retry filter price',
    'shippingStock433': 'product product total button refund cart item empty',
    'reviewRating205': 'empty button locale stock button',
    'catalogCatalog740': 'cart wishlist product modal empty modal',
    'currencyFilter294': 'currency button empty error',
    'totalCustomer673': 'refund item toast currency',
    'itemLabel968': 'sort item wishlist locale customer',
    'addressDiscount293': 'rating cart label label quote coupon quote toast label',
    'sortLocale142': 'quote related error cart wishlist',
    'filterOrder173': 'payment retry label item shipping',
    'loadingDiscount179': 'payment discount review size sort',
    'sizeSort760': 'catalog discount price search stock retry size locale quote',
    'pageQuote832': 'label page rating quote order page product quote',
    'cartRating79': 'product review price cart colour',
    'invoiceSize999': 'colour filter rating',
    'couponCurrency949': 'wishlist empty button',
    'relatedFilter494': 'rating review catalog stock quote order button error',
    'priceRelated74': 'wishlist address refund colour related coupon search locale',
    'catalogInvoice161': 'page shipping size error invoice catalog catalog payment rating',
    'relatedPayment905': 'cart invoice payment filter order error related',
    'orderDiscount28': 'quote button empty rating refund discount',
    'totalRetry558': 'related search modal coupon',
    'shippingRating387': 'coupon refund coupon page order invoice wishlist',
    'pageShipping866': 'label total discount invoice total total coupon total cart',
    'modalWishlist480': 'invoice total address rating review item catalog wishlist modal',
    'buttonLabel655': 'toast empty search discount',
    'modalInvoice206': 'coupon wishlist error page currency',
    'itemLabel175': 'invoice shipping colour toast coupon loading toast',
    'stockToast715': 'catalog wishlist product retry currency item locale payment address',
    'cartDiscount733': 'sort rating customer price',
    'priceRating506': 'catalog locale coupon related quote search rating wishlist locale',
    'invoiceItem363': 'cart payment search related order catalog filter total catalog',
    'cartItem567': 'empty order wishlist size item customer',
    'toastRefund515': 'sort locale colour catalog refund total payment stock',
    'localeSize519': 'payment shipping button related sort retry',
    'itemTotal893': 'search review colour',
    'reviewCoupon154': 'item customer modal sort wishlist rating empty',
    'currencyProduct252': 'retry retry catalog address review label sort modal colour',
    'relatedButton430': 'payment filter rating wishlist colour',
    'cartRetry712': 'stock sort item discount payment search coupon',
    'addressFilter284': 'empty search error stock invoice loading filter error',
    'labelLocale853': 'related order wishlist loading button',
    'localeTotal505': 'cart total label rating currency invoice filter total',
    'retryOrder763': 'invoice button catalog payment empty retry',
    'wishlistDiscount671': 'label address discount',
    'paymentProduct496': 'locale page item retry related address search coupon empty',
    'ratingRelated388': 'size button item order customer payment retry',
    'paymentQuote562': 'total wishlist address error payment label',
    'toastWishlist446': 'address coupon catalog modal stock',
    'errorRating204': 'toast item price related size',
    'labelProduct77': 'review order review order wishlist order modal',
    'localeQuote104': 'invoice search error loading currency search rating refund',
    'labelInvoice161': 'colour label order loading button',
    'currencyModal222': 'customer cart catalog modal invoice button rating button quote',
    'invoicePage839': 'refund empty modal catalog product catalog order stock',
    'emptyModal561': 'related currency shipping currency address related sort price order',
    'shippingItem443': 'sort search retry catalog customer size payment item modal',
    'stockOrder909': 'size invoice modal rating',
    'ratingRelated339': 'empty shipping quote quote catalog',
    'totalToast996': 'item sort discount locale retry review item retry discount',
    'labelLocale958': 'modal colour total',
    'relatedStock519': 'address cart stock shipping toast button',
    'labelButton644': 'sort currency button refund',
    'itemButton688': 'customer coupon coupon',
    'shippingSort342': 'address refund toast item',
    'searchFilter778': 'rating catalog size',
    'loadingSort335': 'order cart colour button',
    'couponCustomer291': 'retry invoice error locale currency payment invoice price size',
    'addressCustomer809': 'search page button customer size loading address rating',
    'relatedCurrency347': 'label button sort label product currency colour sort colour',
    'buttonRefund128': 'modal size order locale empty error toast order',
    'errorWishlist362': 'review total modal catalog error review button invoice',
    'customerCoupon642': 'invoice button address empty modal locale order filter',
    'errorCart866': 'page label locale modal size refund',
    'customerCurrency59': 'button invoice loading discount catalog toast',
    'orderAddress254': 'loading payment search product review',
    'labelCustomer795': 'label toast invoice price customer item',
    'sizeColour359': 'quote total order currency wishlist currency',
    'orderLabel97': 'filter toast invoice',
    'discountCoupon60': 'empty order search wishlist review review catalog price',
    'toastAddress338': 'product customer sort quote',
    'priceToast169': 'currency invoice rating quote sort',
    'priceSearch244': 'refund currency coupon modal total retry sort payment total',
    'modalQuote398': 'discount modal product stock refund',
    'quoteLoading288': 'cart search stock',
    'totalPrice317': 'payment empty cart colour customer review item order',
    'customerPage566': 'discount toast currency error related page',
    'loadingCatalog295': 'order sort related customer',
    'localeItem886': 'rating stock customer currency empty stock loading discount',
    'sortEmpty647': 'order toast loading wishlist quote size invoice locale',
    'refundTotal524': 'refund label filter',
    'shippingButton949': 'related address cart size',
    'productLocale255': 'invoice wishlist filter wishlist',
    'emptyOrder626': 'button search invoice'
};

document.addEventListener('DOMContentLoaded', function () {
    fetch('/api/catalog').then(function (r) { return r.json(); }).then(function (products) {
        var root = document.getElementById('app');
        products.slice(0, 24).forEach(function (p) {
            var card = document.createElement('div');
            card.textContent = p.name;
            root.appendChild(card);
        });
    });
});
