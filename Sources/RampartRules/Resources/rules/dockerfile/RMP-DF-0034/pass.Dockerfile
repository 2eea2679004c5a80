# syntax=docker/dockerfile:1
FROM php:8.3.3-apache-bookworm
COPY --chown=www-data:www-data . /var/www/html
RUN chmod -R 775 /var/www/html/storage /var/www/html/bootstrap/cache \
 && chown -R www-data:www-data /var/www/html/storage
RUN mkdir -p /var/log/app /tmp/uploads \
 && chmod 1777 /tmp/uploads \
 && chmod u+rwx,g+rx /var/log/app
COPY --chmod=0644 config/app.ini /usr/local/etc/php/conf.d/app.ini
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/entrypoint.sh
RUN chmod +x /usr/local/bin/entrypoint.sh && echo "chmod 777 is not used" > /tmp/note
USER www-data
